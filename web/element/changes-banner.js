// "What changed since your link": a link carries the edition of the rules it was made with
// (`rules=<version>` in the fragment). Opened under a newer edition, the view shows above the
// verdict what changed for the link's case, as the engine reads its change log (situation()'s
// `changes`); the notice at the top says so, or that the edition is unknown. A link without an
// edition (made before links carried one) shows nothing: it cannot be told which rules it was made with.

import { el, fill } from './dom.js';
import { shortCitation } from './sources.js';

const cite = (sources, i18n) => sources.map((source) => shortCitation(source, i18n)).join('; ');

function thenAndNow(key, { from, to }, t) {
  return el('li', {}, t(key, { from: from.text, to: to.text }));
}

function details(changes, i18n) {
  const { t, formatDate } = i18n;
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
      el('p', { class: 'changes__sources' }, `${t('changesSources')} ${cite(changes.sources, i18n)}.`),
  ];
}

/**
 * Draws what changed since a link's edition (situation()'s `changes`) into `box`; hidden when there
 * is nothing to say. Returns whether it shows anything.
 */
export function renderChanges(box, changes, i18n) {
  box.hidden = !changes?.changed;
  if (box.hidden) return false;
  fill(box, el('h3', { id: 'changes-heading', tabindex: '-1' }, i18n.t('changesHeading')), details(changes, i18n));
  return true;
}
