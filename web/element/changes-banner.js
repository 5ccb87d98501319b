// "What changed since your link": a link carries the edition of the rules it was made with
// (`rules=<version>` in the fragment). Opened under a newer edition, the view shows above the
// checklist what changed for the link's case, as the checklist engine reads its change log
// (checker.changesSince); an edition the rules do not know gets a short notice instead. A link
// without an edition (made before links carried one) shows nothing: it cannot be told which
// rules it was made with.

import { el, fill } from './dom.js';

const cite = (sources) => sources.map((s) => `${s.publisher}, ${s.published.slice(0, 4)}`).join('; ');

function thenAndNow(key, { from, to }, t) {
  return el('li', {}, t(key, { from: from.text, to: to.text }));
}

function details(changes, { t, formatDate }) {
  const lines = [
    ...changes.added.map((d) => el('li', { 'data-added': d.id }, t('changesAdded', { title: d.title }))),
    ...changes.removed.map((d) => el('li', { 'data-removed': d.id }, t('changesRemoved', { title: d.title }))),
    changes.status && thenAndNow('changesStatus', changes.status, t),
    changes.whoMaySubmit && thenAndNow('changesWho', changes.whoMaySubmit, t),
    changes.term && thenAndNow('changesTerm', changes.term, t),
    ...changes.notes.map((note) => el('li', {}, note.text)),
  ];
  return [
    el('p', {}, t('changesIntro', { then: formatDate(changes.since.asOf), now: formatDate(changes.asOf) })),
    el('ul', {}, lines),
    changes.sources.length > 0 &&
      el('p', { class: 'changes__sources' }, `${t('changesSources')} ${cite(changes.sources)}.`),
  ];
}

/** ctx: the documents view's context ({ checker, $, url, i18n }). */
export function setUpChangesBanner(ctx) {
  const { checker, $, url } = ctx;
  const banner = el('section', {
    class: 'notice changes',
    id: 'changes',
    'aria-labelledby': 'changes-heading',
    hidden: true,
  });
  $('documents-verdict').before(banner);
  let since = null; // the edition of the link last opened, while it is not the rules' own

  return {
    /** The rules' edition, for the link's fragment. */
    get version() {
      return checker.rules.version;
    },
    /** Notes the edition of the link just opened, before the view writes its own into the URL. */
    restore() {
      const version = url.read().rules;
      since = version && version !== checker.rules.version ? version : null;
    },
    /** What changed for these answers since the link's edition; hidden when nothing did. */
    update(answers) {
      const { i18n } = ctx;
      let changes = null;
      if (since) {
        try {
          changes = checker.changesSince(since, answers);
        } catch (error) {
          // An edition these rules do not know (older than their log, newer, or mistyped) gets the
          // short notice; answers the checklist refused too show nothing here.
          if (error.path !== 'version') since = null;
        }
      }
      banner.hidden = !since || changes?.changed === false;
      if (banner.hidden) return;
      const version = since.slice(0, 40);
      fill(
        banner,
        el('h3', { id: 'changes-heading' }, i18n.t('changesHeading')),
        changes
          ? details(changes, i18n)
          : el('p', {}, i18n.t('changesUnknown', { version, date: i18n.formatDate(checker.rules.asOf) })),
      );
    },
  };
}
