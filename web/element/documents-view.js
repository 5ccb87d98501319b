// "My documents": where and as whom the person applies → the route's status → the checklist from
// the ruleset, with the rules' own questions and a box to tick per document → the verdict. Every
// rule, status, text and date comes from the checker; this file puts the parts together.

import { localToday } from '../lib/local-date.js';
import { renderChanges } from './changes-banner.js';
import { documentIds, itemNode } from './checklist-items.js';
import { el, fill } from './dom.js';
import { renderMissionCard } from './mission-card.js';
import { fromFragment, isDate, renderLinkNotice, toFragment } from './link-answers.js';
import { questionOf, renderRuleQuestions } from './questions.js';
import { historyEntry, renderEndedRoutes, renderRouteStatus, statusBadge } from './route-status.js';
import { cite, disputes, sourceLine } from './sources.js';
import { renderVerdict, renderVerdictBar } from './verdict.js';

// The whole card selects: the label is stretched over it (CSS); the summary and the status describe the choice.
function choice(name, value, title, summary, checked, badge) {
  const id = `${name}-${value}`;
  return el(
    'div',
    { class: 'choice' },
    el('input', {
      type: 'radio',
      name,
      value,
      id,
      checked,
      'aria-describedby': [`${id}-summary`, badge && `${id}-status`].filter(Boolean).join(' '),
    }),
    el('label', { for: id, class: 'choice__title' }, title),
    el('p', { class: 'choice__summary', id: `${id}-summary` }, summary),
    badge,
  );
}

// A category's status is shown only where it differs from its channel's, said once on the channel.
const sameStatus = (a, b) => a.code === b.code && a.since === b.since && a.until === b.until;
const choiceOf = (name, c, selected, i18n, parent = null) =>
  choice(
    name,
    c.id,
    c.title,
    c.summary,
    c.id === selected,
    !(parent && sameStatus(c.status, parent.status)) && statusBadge(c.status, i18n, `${name}-${c.id}-status`),
  );

// A ground the rules give at both stages (documents not accepted, IIN not formed) is listed once,
// tagged with its stages.
function refusalLines({ accept, form }, i18n) {
  const { t } = i18n;
  const grounds = new Map();
  for (const [stage, list] of [
    ['refuseAccept', accept],
    ['refuseForm', form],
  ]) {
    for (const ground of list) {
      if (!grounds.has(ground.code)) grounds.set(ground.code, { ground, stages: [] });
      grounds.get(ground.code).stages.push(t(stage));
    }
  }
  return [...grounds.values()].map(({ ground, stages }) =>
    el(
      'li',
      { 'data-ground': ground.code },
      ground.title,
      ground.note && el('span', { class: 'note' }, ` ${ground.note}`),
      cite(ground.sources, i18n),
      el('span', { class: 'stages' }, stages.join(' · ')),
      disputes(ground.disputed, i18n),
    ),
  );
}

function reasonLine(reason, t) {
  const mark = reason.met === true ? '✓' : reason.met === false ? '✗' : '•';
  const state = reason.met === true ? 'met' : reason.met === false ? 'unmet' : 'check';
  return el(
    'li',
    { class: `reason reason--${state}` },
    el('span', { 'aria-hidden': 'true', class: 'reason__mark' }, mark),
    ' ',
    el('span', { class: 'visually-hidden' }, `${t(`reason_${state}`)}: `),
    reason.text,
  );
}

// A message next to a date field the engine refused (a birth date in the future, a day of
// applying that has passed), or none.
function fieldMessage(input, message, text) {
  message.textContent = text ?? '';
  message.hidden = !text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * ctx: { checker, $ (an id → element), i18n (the current translator), emit (event, detail),
 *        url ({ read, update, shared }: the answers' home), presets ({ channel, category }) }.
 * Each change asks the engine once (checker.situation) and draws everything from its reply.
 */
export function setUpDocumentsView(ctx) {
  const { checker, $ } = ctx;
  const form = $('questions');
  const birth = $('birth-date');
  const applyOn = $('apply-on');
  const representative = $('representative');
  const itemsList = $('items');
  const changesBox = el('section', {
    class: 'notice changes',
    id: 'changes',
    'aria-labelledby': 'changes-heading',
    hidden: true,
  });
  $('documents-verdict').before(changesBox);
  // The take-away card (QR code, share, calendar, print) loads after the questions can be
  // answered, off the page's critical path.
  let takeAwayState = null;
  let takeAway = null;
  function updateTakeAway(update) {
    takeAwayState = update;
    takeAway ??= import('./take-away.js').then(({ setUpTakeAway }) => setUpTakeAway(ctx));
    takeAway.then((card) => card.update(takeAwayState));
  }
  let state = fromFragment({});
  let reply = null; // the engine's last answer: everything on screen is drawn from it
  // A link's edition of the rules: what changed since it is said (`since`, while the engine knows
  // it), and the URL keeps it (`linkEdition`) until the person changes an answer, so that a reload
  // says it again. What the link held that could not be used; `fromLink` while it is being judged.
  let since = null;
  let linkEdition = null;
  let dropped = [];
  let fromLink = false;

  // The answers on screen, as the engine reads them. Dates go as typed: the engine judges them.
  function answers() {
    const picked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
    const a = { channel: picked('channel'), lang: ctx.i18n.language, today: localToday(), ...state.questions };
    const category = picked('category');
    if (category) a.category = category;
    if (birth.value) a.birthDate = birth.value;
    if (applyOn.value) a.applyOn = applyOn.value;
    if (representative.checked) a.representative = true;
    if (!a.channel) delete a.channel;
    a.have = [...state.held];
    a.expiries = { ...state.expiries };
    if (since) a.since = since;
    return a;
  }

  function renderChannels({ channels, history }) {
    const selected = form.querySelector('input[name="channel"]:checked')?.value ?? state.channel;
    fill(
      $('channel-choices'),
      channels.map((c) => choiceOf('channel', c, selected, ctx.i18n)),
    );
    renderCategories(channels);
    renderEndedRoutes($('ended-routes'), history, ctx.i18n, { open: dropped.some((d) => d.kind === 'ended') });
  }

  function renderCategories(channels) {
    const channel = channels.find((c) => c.id === form.querySelector('input[name="channel"]:checked')?.value);
    const list = channel?.categories ?? [];
    const selected = form.querySelector('input[name="category"]:checked')?.value ?? state.category;
    $('category-question').hidden = list.length === 0;
    fill(
      $('category-choices'),
      list.map((c) => choiceOf('category', c, selected, ctx.i18n, channel)),
    );
  }

  function saveState(used) {
    ctx.url.update({ rules: linkEdition ?? checker.rules.version, ...toFragment(used, state, ctx.url.read()) });
  }

  // The link that opens this checklist again: this page's address with the answers in the
  // fragment. Only where the answers live in the URL (an embedded element keeps them to itself).
  function link(used) {
    if (!ctx.url.shared) return null;
    const address = new URL(location.href);
    address.search = '';
    const params = new URLSearchParams({ view: 'documents', lang: ctx.i18n.language, rules: checker.rules.version });
    for (const [key, value] of Object.entries(toFragment(used, state))) if (value) params.set(key, value);
    address.hash = params.toString();
    return address.href;
  }

  // A link's channel or category that is no choice: ended (listed with the history) or unknown.
  function checkRoute({ channels, history }) {
    const channel = channels.find((c) => c.id === state.channel);
    const notChoice = (kind, id) => {
      const entry = history.find(
        (h) => h.kind === kind && h[kind] === id && (kind === 'channel' || h.channel === state.channel),
      );
      dropped.push(entry ? { kind: 'ended', entry } : { kind });
    };
    if (state.channel && !channel) {
      notChoice('channel', state.channel);
      state.channel = state.category = undefined;
    } else if (channel && state.category && !channel.categories.some((c) => c.id === state.category)) {
      notChoice('category', state.category);
      state.category = undefined;
    }
  }

  // The answers the engine left out: dates get a message next to their field; what a link held is
  // named in the notice; ticks the checklist does not ask for go.
  function useRefusals(refused, today) {
    const { t, formatDate } = ctx.i18n;
    const dateMessage = (r, key) =>
      r.code === 'date_order' ? t(key, { date: formatDate(r.value), today: formatDate(today) }) : t('dateNotReal');
    const byKey = Object.fromEntries(refused.map((r) => [r.key, r]));
    fieldMessage(birth, $('birth-date-message'), byKey.birthDate && dateMessage(byKey.birthDate, 'birthInFuture'));
    fieldMessage(applyOn, $('apply-on-message'), byKey.applyOn && dateMessage(byKey.applyOn, 'applyOnPassed'));
    for (const r of refused) {
      if (r.key in state.questions) {
        delete state.questions[r.key];
        if (fromLink) dropped.push({ kind: 'answer', title: r.title });
      } else if (r.key === 'have') {
        state.held.delete(r.value);
        if (fromLink) dropped.push({ kind: 'document', title: r.title });
      } else if (r.key === 'expiries') {
        if (fromLink) dropped.push({ kind: 'date' });
        state.expiries = {};
      } else if (r.key === 'since') {
        dropped.push({ kind: 'edition' });
        since = null;
      } else if (fromLink && r.value && (r.key === 'channel' || r.key === 'category')) {
        // one the link held (a category still to choose is no answer left out)
        dropped.push({ kind: r.key });
      }
    }
  }

  function render() {
    const { t } = ctx.i18n;
    reply = checker.situation(answers());
    const { checklist: list, verdict } = reply;
    state.channel = list?.channel.id ?? (form.querySelector('input[name="channel"]:checked')?.value || undefined);
    state.category = list?.category?.id ?? (form.querySelector('input[name="category"]:checked')?.value || undefined);
    useRefusals(reply.refused, reply.today);
    // The answers used: what the engine left out stays in its field (with a message), not in the link.
    const used = answers();
    delete used.since;
    for (const { key } of reply.refused) delete used[key];
    renderMissionCard(ctx, list, reply.mission);
    $('checklist').hidden = !list;
    const changed = renderChanges(changesBox, reply.changes, ctx.i18n);
    renderLinkNotice($('link-notice'), dropped, ctx.i18n, {
      changed: changed && (() => changesBox.scrollIntoView({ block: 'start' })),
      rulesAsOf: checker.rules.asOf,
    });
    fromLink = false;
    saveState(used);
    if (!list) {
      $('rule-questions').hidden = true;
      return;
    }
    for (const id of Object.keys(state.expiries)) if (!documentIds(list.items).includes(id)) delete state.expiries[id];
    renderRuleQuestions($('rule-questions'), list.questions, ctx.i18n);
    renderRouteStatus($('route-status'), list, ctx.i18n);
    fill(
      $('eligibility'),
      list.eligibility.map((reason) => reasonLine(reason, t)),
    );
    fill(
      itemsList,
      list.items.map((item) => itemNode(item, state.held, state.expiries, ctx.i18n)),
    );
    fill($('term-disputes'), disputes(list.term.disputed, ctx.i18n));
    fill($('refusal-grounds'), refusalLines(list.refusalGrounds, ctx.i18n));
    $('history-block').hidden = list.history.length === 0;
    fill(
      $('history'),
      list.history.map((entry) => historyEntry(entry, ctx.i18n)),
    );
    fill(
      $('checklist-sources'),
      list.sources.map((source) => sourceLine(source, ctx.i18n)),
    );
    const holdings = { have: [...state.held], expiries: { ...state.expiries } };
    ctx.emit('checklist-change', { answers: { ...used, ...holdings }, verdict });
    const checking = state.held.size > 0 || Object.keys(state.expiries).length > 0;
    renderVerdict($('documents-verdict'), verdict, { apply: reply.applyOn, list, checking }, ctx.i18n);
    // The note on the term is said once: in the verdict when it gives the day, else here.
    const noteInVerdict = Boolean(verdict.readyIfComplete) && verdict.readyByNote === list.term.note;
    fill($('term'), list.term.text, !noteInVerdict && ` ${list.term.note}`);
    renderVerdictBar($('verdict-bar'), $('verdict-bar-text'), verdict, ctx.i18n, checking);
    updateTakeAway({
      answers: { ...used, applyOn: reply.applyOn },
      list,
      verdict,
      mission: reply.mission,
      expiries: { ...state.expiries },
      link: link(used),
      readyIfComplete: verdict.readyIfComplete,
    });
  }

  // A link's answers replace the ones on screen; what the rules cannot use is left out and said.
  function restore() {
    const read = ctx.url.read();
    state = fromFragment({ ...ctx.presets, ...read });
    since = read.rules && read.rules !== checker.rules.version ? read.rules : null;
    linkEdition = since;
    dropped = [];
    fromLink = true;
    const choices = checker.categories({ lang: ctx.i18n.language });
    checkRoute(choices);
    for (const input of form.querySelectorAll('input[type="radio"]:checked')) input.checked = false; // the link's answers win
    for (const [field, value] of [
      [birth, state.birth],
      [applyOn, state.apply],
    ]) {
      field.value = isDate(value) ? value : '';
      if (value && field.value !== value) dropped.push({ kind: 'date' });
    }
    for (const [id, date] of Object.entries(state.expiries)) {
      if (isDate(date)) continue;
      dropped.push({ kind: 'date' });
      delete state.expiries[id];
    }
    representative.checked = state.representative;
    return choices;
  }

  // The person acted: the answers are theirs now, under the rules in use; the notice stays on screen.
  function changed() {
    linkEdition = null;
    render();
  }

  form.addEventListener('change', (event) => {
    const question = questionOf(event.target);
    if (question) {
      if (event.target.value) state.questions[question] = event.target.value;
      else delete state.questions[question];
    }
    if (event.target.name === 'channel') renderCategories(reply.choices.channels);
    changed();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  itemsList.addEventListener('change', (event) => {
    const { document: id, expiry } = event.target.dataset;
    if (id) event.target.checked ? state.held.add(id) : state.held.delete(id);
    if (expiry) {
      if (isDate(event.target.value)) state.expiries[expiry] = event.target.value;
      else delete state.expiries[expiry];
    }
    changed();
  });

  // The bar shows only while the full verdict is out of view.
  const verdictBox = $('documents-verdict');
  const barWatch = new IntersectionObserver(([entry]) => {
    $('verdict-bar').hidden = entry.isIntersecting;
  });
  $('verdict-bar-show').addEventListener('click', () => {
    verdictBox.scrollIntoView({ block: 'start' });
    verdictBox.focus();
  });

  const connect = () => barWatch.observe(verdictBox);
  connect();
  let pending = restore(); // the choices for the link's answers, drawn at the first render
  return {
    /** Draws everything again, e.g. in another language. */
    render() {
      if (pending) renderChannels(pending);
      render();
      if (!pending) renderChannels(reply.choices);
      pending = null;
    },
    restore() {
      renderChannels(restore());
      render();
    },
    connect,
    /** Lets go of what watches the page (the element was removed from it). */
    disconnect: () => barWatch.disconnect(),
  };
}
