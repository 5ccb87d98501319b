// "My documents": where and as whom the person applies → the route's status → the checklist from
// the ruleset, with the rules' own questions and a box to tick per document → the verdict. Every
// rule, status, text and date comes from the checker; this file puts the parts together.

import { localToday } from '../lib/local-date.js';
import { setUpChangesBanner } from './changes-banner.js';
import { documentIds, itemNode } from './checklist-items.js';
import { el, fill } from './dom.js';
import { renderMissionCard } from './mission-card.js';
import { fromFragment, isDate, renderLinkNotice, toFragment, withoutRefused } from './link-answers.js';
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
      cite(ground.sources),
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

// Before there is a checklist to ask, the two dates are only compared with today, as the engine
// would: a birth date after it, a day of applying before it.
function datesOutOfOrder({ birthDate, applyOn, today }) {
  return [
    birthDate > today && { key: 'birthDate', value: birthDate, code: 'date_order' },
    applyOn < today && { key: 'applyOn', value: applyOn, code: 'date_order' },
  ].filter(Boolean);
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
 */
export function setUpDocumentsView(ctx) {
  const { checker, $, url } = ctx;
  const form = $('questions');
  const birth = $('birth-date');
  const applyOn = $('apply-on');
  const representative = $('representative');
  const itemsList = $('items');
  const changes = setUpChangesBanner(ctx); // "what changed since your link", above the checklist
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
  let shownList = null; // the checklist on screen
  let used = null; // the answers it was made from
  // What the last link held that could not be used; `checking` while its answers still wait for a
  // checklist to be judged against.
  let dropped = [];
  let checking = false;
  let refusedByChecklist = []; // the answers the checklist on screen could not use

  const categories = () => checker.categories({ lang: ctx.i18n.language, today: localToday() });

  // The answers on screen, as the engine reads them. Dates go as typed: the engine judges them.
  function answers() {
    const picked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
    const a = { channel: picked('channel'), lang: ctx.i18n.language, today: localToday(), ...state.questions };
    const category = picked('category');
    if (category) a.category = category;
    if (birth.value) a.birthDate = birth.value;
    if (applyOn.value) a.applyOn = applyOn.value;
    if (representative.checked) a.representative = true;
    return a;
  }

  function renderQuestions() {
    const { channels, history } = categories();
    const selected = form.querySelector('input[name="channel"]:checked')?.value ?? state.channel;
    fill(
      $('channel-choices'),
      channels.map((c) => choiceOf('channel', c, selected, ctx.i18n)),
    );
    renderCategories(channels);
    renderEndedRoutes($('ended-routes'), history, ctx.i18n, { open: dropped.some((d) => d.kind === 'ended') });
  }

  function renderCategories(channels = categories().channels) {
    const channel = channels.find((c) => c.id === answers().channel);
    const list = channel?.categories ?? [];
    const selected = form.querySelector('input[name="category"]:checked')?.value ?? state.category;
    $('category-question').hidden = list.length === 0;
    fill(
      $('category-choices'),
      list.map((c) => choiceOf('category', c, selected, ctx.i18n, channel)),
    );
  }

  function saveState() {
    url.update({ rules: changes.version, ...toFragment(used ?? answers(), state, url.read()) });
  }

  // The link that opens this checklist again: this page's address with the answers in the
  // fragment. Only where the answers live in the URL (an embedded element keeps them to itself).
  function link() {
    if (!url.shared) return null;
    const address = new URL(location.href);
    address.search = '';
    const params = new URLSearchParams({ view: 'documents', lang: ctx.i18n.language, rules: changes.version });
    for (const [key, value] of Object.entries(toFragment(used, state))) if (value) params.set(key, value);
    address.hash = params.toString();
    return address.href;
  }

  // A link's channel or category that is not a choice: ended (listed with the history) or unknown.
  function checkRoute(s) {
    const { channels, history } = categories();
    const channel = channels.find((c) => c.id === s.channel);
    const notChoice = (kind, id, where) => {
      const entry = history.find(
        (h) => h.kind === kind && h[kind] === id && (kind === 'channel' || h.channel === s.channel),
      );
      dropped.push(entry ? { kind: 'ended', entry } : { kind: where, value: id });
    };
    if (s.channel && !channel) {
      notChoice('channel', s.channel, 'channel');
      s.channel = s.category = undefined;
    } else if (channel && s.category && !channel.categories.some((c) => c.id === s.category)) {
      notChoice('category', s.category, 'category');
      s.category = undefined;
    }
  }

  // The answers the engine refused: dates get a message next to their field; anything else came
  // from a link (or from rules replaced since) and is left out.
  function useRefusals(refused) {
    const { t, formatDate } = ctx.i18n;
    const dateMessage = (r, key) =>
      r.code === 'date_order'
        ? t(key, { date: formatDate(r.value), today: formatDate(localToday()) })
        : t('dateNotReal');
    const byKey = Object.fromEntries(refused.map((r) => [r.key, r]));
    fieldMessage(birth, $('birth-date-message'), byKey.birthDate && dateMessage(byKey.birthDate, 'birthInFuture'));
    fieldMessage(applyOn, $('apply-on-message'), byKey.applyOn && dateMessage(byKey.applyOn, 'applyOnPassed'));
    for (const r of refused) {
      if (r.key in state.questions) {
        delete state.questions[r.key];
        const question = shownList?.questions.find((q) => q.id === r.key)?.title ?? r.key;
        dropped.push({ kind: 'answer', value: r.value, question });
      } else if (r.key === 'expiries') {
        for (const [id, date] of Object.entries(state.expiries))
          dropped.push({ kind: 'date', value: date, document: id });
        state.expiries = {};
      }
    }
  }

  // Ticks apply to the documents of the checklist shown: the others are not carried over.
  function keepTicksOf(list) {
    const ids = new Set(documentIds(list.items));
    for (const id of state.held) {
      if (ids.has(id)) continue;
      state.held.delete(id);
      if (checking) dropped.push({ kind: 'document', value: id });
    }
    for (const id of Object.keys(state.expiries)) if (!ids.has(id)) delete state.expiries[id];
  }

  function render() {
    const { t } = ctx.i18n;
    const wanted = answers();
    state.channel = wanted.channel;
    state.category = wanted.category;
    let list = null;
    used = wanted;
    refusedByChecklist = [];
    try {
      if (wanted.channel)
        ({
          result: list,
          answers: used,
          refused: refusedByChecklist,
        } = withoutRefused((a) => checker.checklist(a), wanted));
    } catch {
      used = wanted; // a category still to choose
    }
    $('checklist').hidden = !list;
    shownList = list;
    renderMissionCard(ctx, list, used);
    if (!list) {
      $('rule-questions').hidden = true;
      useRefusals(datesOutOfOrder(wanted));
      renderLinkNotice($('link-notice'), dropped, ctx.i18n);
      saveState();
      return;
    }
    keepTicksOf(list);
    changes.update(used);
    checking = false;
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
    renderVerdictFor();
  }

  // The verdict on what is ticked. The answers the checklist refused and those the verdict
  // refuses (an expiry date) are shown together.
  function renderVerdictFor() {
    const { i18n } = ctx;
    const apply = used.applyOn ?? used.today;
    const holdings = { have: [...state.held], expiries: { ...state.expiries } };
    const { result: verdict, refused } = withoutRefused((a) => checker.assess(a), { ...used, ...holdings });
    useRefusals([...refusedByChecklist, ...refused]);
    renderLinkNotice($('link-notice'), dropped, i18n);
    saveState();
    ctx.emit('checklist-change', { answers: { ...used, ...holdings }, verdict });
    renderVerdict($('documents-verdict'), verdict, { apply, list: shownList }, i18n);
    // The note on the term is said once: in the verdict when it gives the day, else here.
    const noteInVerdict = verdict.ready && verdict.readyByNote === shownList.term.note;
    fill($('term'), shownList.term.text, !noteInVerdict && ` ${shownList.term.note}`);
    renderVerdictBar($('verdict-bar'), $('verdict-bar-text'), verdict, i18n);
    updateTakeAway({
      answers: { ...used, applyOn: apply },
      list: shownList,
      verdict,
      expiries: { ...state.expiries },
      link: link(),
      readyIfComplete: readyIfComplete(),
    });
  }

  // The day the IIN would be ready if the package were complete: what a calendar entry plans for.
  function readyIfComplete() {
    return withoutRefused((a) => checker.assess(a), {
      ...used,
      have: documentIds(shownList.items),
      expiries: state.expiries,
    }).result.readyBy;
  }

  // A link's answers replace the ones on screen; what the rules cannot use is left out and said.
  function restore() {
    changes.restore();
    state = fromFragment({ ...ctx.presets, ...url.read() });
    dropped = [];
    checking = true;
    checkRoute(state);
    for (const input of form.querySelectorAll('input[type="radio"]:checked')) input.checked = false; // the link's answers win
    for (const [field, value] of [
      [birth, state.birth],
      [applyOn, state.apply],
    ]) {
      field.value = isDate(value) ? value : '';
      if (value && field.value !== value) dropped.push({ kind: 'date', value });
    }
    for (const [id, date] of Object.entries(state.expiries)) {
      if (isDate(date)) continue;
      dropped.push({ kind: 'date', value: date });
      delete state.expiries[id];
    }
    representative.checked = state.representative;
  }

  form.addEventListener('change', (event) => {
    const question = questionOf(event.target);
    if (question) {
      if (event.target.value) state.questions[question] = event.target.value;
      else delete state.questions[question];
    }
    if (event.target.name === 'channel') renderCategories();
    render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  itemsList.addEventListener('change', (event) => {
    const { document: id, expiry } = event.target.dataset;
    if (id) event.target.checked ? state.held.add(id) : state.held.delete(id);
    if (expiry) {
      if (isDate(event.target.value)) state.expiries[expiry] = event.target.value;
      else delete state.expiries[expiry];
    }
    renderVerdictFor();
  });
  applyOn.addEventListener('change', render);

  // The bar shows only while the full verdict is out of view.
  const verdictBox = $('documents-verdict');
  new IntersectionObserver(([entry]) => {
    $('verdict-bar').hidden = entry.isIntersecting;
  }).observe(verdictBox);
  $('verdict-bar-show').addEventListener('click', () => {
    verdictBox.scrollIntoView({ block: 'start' });
    verdictBox.focus();
  });

  applyOn.min = localToday();
  restore();
  return {
    /** Draws everything again, e.g. in another language. */
    render() {
      renderQuestions();
      render();
    },
    restore() {
      restore();
      renderQuestions();
      render();
    },
  };
}
