// "My documents": where and as whom the person applies → the checklist from the ruleset, a box to
// tick per document → the verdict. Every rule, text and date comes from the checker.

import { localToday } from '../lib/local-date.js';
import { setUpChangesBanner } from './changes-banner.js';
import { el, fill } from './dom.js';

const DATE = /^\d{4}-\d\d-\d\d$/;
const EXPIRING = ['passport'];  // documents whose expiry date the page asks for

// The whole card selects: the label is stretched over it (CSS), the summary describes the choice.
function choice(name, value, title, summary, checked) {
  const id = `${name}-${value}`;
  return el('div', { class: 'choice' },
    el('input', { type: 'radio', name, value, id, checked, 'aria-describedby': `${id}-summary` }),
    el('label', { for: id, class: 'choice__title' }, title),
    el('p', { class: 'choice__summary', id: `${id}-summary` }, summary));
}

function formTags(item, t) {
  const tags = [];
  if (item.original) tags.push(t(item.copy ? 'formOriginalShown' : 'formOriginal'));
  if (item.copy) tags.push(t('formCopy'));
  if (item.notarizedTranslation) tags.push(t('formTranslation'));
  if (item.optional) tags.push(t('formOptional'));
  return el('p', { class: 'tags' }, tags.map((tag) => el('span', { class: 'tag' }, tag)));
}

function itemNode(item, held, expiries, t) {
  if (item.oneOf || item.allOf) {
    const members = item.oneOf ?? item.allOf;
    return el('li', { class: 'item item--group', 'data-item': item.id },
      el('fieldset', {},
        el('legend', { class: 'item__title' }, item.title),
        item.detail && el('p', { class: 'item__detail' }, item.detail),
        el('p', { class: 'item__rule' }, t(item.oneOf ? 'anyOneOf' : 'allOfThese')),
        el('ul', { class: 'items items--nested' }, members.map((member) => itemNode(member, held, expiries, t)))));
  }
  const id = `have-${item.id}`;
  return el('li', { class: 'item', 'data-item': item.id },
    el('input', { type: 'checkbox', id, 'data-document': item.id, checked: held.has(item.id) }),
    el('label', { for: id, class: 'item__title' }, item.title),
    el('p', { class: 'item__detail' }, item.detail),
    formTags(item, t),
    EXPIRING.includes(item.id) && el('p', { class: 'item__expiry' },
      el('label', { for: `expiry-${item.id}` }, t('validUntil')), ' ',
      el('input', { type: 'date', id: `expiry-${item.id}`, 'data-expiry': item.id, value: expiries[item.id] ?? '',
        min: '2000-01-01', max: '2099-12-31' })));
}

function sourceLine(source, { t, formatDate }) {
  return el('li', {}, el('span', { class: 'source__title' }, source.title, ' — '), source.publisher, ', ', source.published, '. ',
    el('span', { class: 'source__read' }, t('readOn', { date: formatDate(source.read) })));
}

// A short citation of the strongest source: the full titles are listed under Sources.
const cite = ([source]) => source && el('span', { class: 'cite' }, ` (${source.publisher}, ${source.published.slice(0, 4)})`);

function groundLine(ground) {
  return el('li', {}, ground.title, ground.note && el('span', { class: 'note' }, ` ${ground.note}`), cite(ground.sources));
}

// A ground the rules give at both stages (documents not accepted, IIN not formed) is listed once,
// tagged with its stages.
function refusalLines({ accept, form }, t) {
  const grounds = new Map();
  for (const [stage, list] of [['refuseAccept', accept], ['refuseForm', form]]) {
    for (const ground of list) {
      if (!grounds.has(ground.code)) grounds.set(ground.code, { ground, stages: [] });
      grounds.get(ground.code).stages.push(t(stage));
    }
  }
  return [...grounds.values()].map(({ ground, stages }) => el('li', { 'data-ground': ground.code }, ground.title,
    ground.note && el('span', { class: 'note' }, ` ${ground.note}`), cite(ground.sources),
    el('span', { class: 'stages' }, stages.join(' · '))));
}

function reasonLine(reason, t) {
  const mark = reason.met === true ? '✓' : reason.met === false ? '✗' : '•';
  const state = reason.met === true ? 'met' : reason.met === false ? 'unmet' : 'check';
  return el('li', { class: `reason reason--${state}` },
    el('span', { 'aria-hidden': 'true', class: 'reason__mark' }, mark), ' ',
    el('span', { class: 'visually-hidden' }, `${t(`reason_${state}`)}: `), reason.text);
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
  const changes = setUpChangesBanner(ctx);  // "what changed since your link", above the checklist
  // The take-away card (QR code, share, calendar, print) loads after the questions can be
  // answered, off the page's critical path.
  let takeAwayState = null;
  let takeAway = null;
  function updateTakeAway(update) {
    takeAwayState = update;
    takeAway ??= import('./take-away.js').then(({ setUpTakeAway }) => setUpTakeAway(ctx));
    takeAway.then((card) => card.update(takeAwayState));
  }
  let state = { held: new Set(), expiries: {} };
  let shownList = null;  // the checklist on screen

  function answers() {
    const picked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? '';
    const a = { channel: picked('channel'), lang: ctx.i18n.language, today: localToday() };
    const category = picked('category');
    if (category) a.category = category;
    if (DATE.test(birth.value)) a.birthDate = birth.value;
    if (DATE.test(applyOn.value) && applyOn.value >= a.today) a.applyOn = applyOn.value;
    if (representative.checked) a.representative = true;
    return a;
  }

  function renderQuestions() {
    const { channels } = checker.categories(ctx.i18n.language);
    const selected = form.querySelector('input[name="channel"]:checked')?.value ?? state.channel;
    fill($('channel-choices'), channels.map((c) => choice('channel', c.id, c.title, c.summary, c.id === selected)));
    renderCategories(channels);
  }

  function renderCategories(channels = checker.categories(ctx.i18n.language).channels) {
    const channel = channels.find((c) => c.id === answers().channel);
    const categories = channel?.categories ?? [];
    const selected = form.querySelector('input[name="category"]:checked')?.value ?? state.category;
    $('category-question').hidden = categories.length === 0;
    fill($('category-choices'), categories.map((c) => choice('category', c.id, c.title, c.summary, c.id === selected)));
  }

  // The answers as the link's fragment: the view, the language, the rules' edition and the
  // answers, nothing else.
  function fragment(a) {
    return {
      view: 'documents', lang: a.lang, rules: changes.version, channel: a.channel, category: a.category, birth: a.birthDate,
      rep: a.representative ? 1 : '', apply: a.applyOn, have: [...state.held].join(','),
      ...Object.fromEntries(EXPIRING.map((id) => [`expires.${id}`, state.expiries[id] ?? ''])),
    };
  }

  function saveState(a) {
    const { view, lang, ...answerParams } = fragment(a);
    url.update(answerParams);
  }

  // The link that opens this checklist again: this page's address with the answers in the
  // fragment. Only where the answers live in the URL (an embedded element keeps them to itself).
  function link(a) {
    if (!url.shared) return null;
    const address = new URL(location.href);
    address.search = '';
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(fragment(a))) if (value) params.set(key, value);
    address.hash = params.toString();
    return address.href;
  }

  function render() {
    const { t } = ctx.i18n;
    const a = answers();
    state.channel = a.channel;
    state.category = a.category;
    saveState(a);
    const section = $('checklist');
    let list;
    try {
      list = a.channel ? checker.checklist(a) : null;
    } catch {
      list = null;  // a category still to choose
    }
    section.hidden = !list;
    shownList = list;
    if (!list) return;
    changes.update(a);

    fill($('eligibility'), list.eligibility.map((reason) => reasonLine(reason, t)));
    fill(itemsList, list.items.map((item) => itemNode(item, state.held, state.expiries, t)));
    fill($('refusal-grounds'), refusalLines(list.refusalGrounds, t));
    $('history-block').hidden = list.history.length === 0;
    fill($('history'), list.history.map((h) => el('li', {}, el('strong', {}, t('superseded')), ' ', h.text, cite(h.sources))));
    fill($('checklist-sources'), list.sources.map((source) => sourceLine(source, ctx.i18n)));
    renderVerdict(a);
  }

  function renderVerdict(a) {
    const { t, formatDate } = ctx.i18n;
    const apply = a.applyOn ?? a.today;
    const have = [...state.held];
    const verdict = checker.assess({ ...a, have, expiries: state.expiries });
    ctx.emit('checklist-change', { answers: { ...a, have, expiries: { ...state.expiries } }, verdict });
    const box = $('documents-verdict');
    box.className = `verdict verdict--large ${verdict.ready ? 'verdict--good' : 'verdict--bad'}`;
    if (verdict.ready) {
      fill(box, el('p', { class: 'verdict__title' }, el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, '✓'), ' ', t('ready')),
        verdict.readyBy && el('p', {}, t('readyBy', { apply: formatDate(apply, true), date: formatDate(verdict.readyBy, true) })),
        el('p', { class: 'verdict__note' }, verdict.readyByNote));
    } else {
      fill(box, el('p', { class: 'verdict__title' }, el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, '✗'), ' ', t('notReady')),
        verdict.missing.length > 0 && el('p', {}, t('missingIntro')),
        verdict.missing.length > 0 && el('ul', {}, verdict.missing.map((m) => el('li', { 'data-missing': m.id }, m.title))),
        verdict.expired.length > 0 && el('ul', {}, verdict.expired.map((e) =>
          el('li', { 'data-expired': e.id }, t('expiredOn', { title: e.title, date: formatDate(e.expiredOn) })))),
        el('p', {}, t('groundsIntro')),
        el('ul', { class: 'grounds' }, verdict.grounds.map(groundLine)));
    }
    // The note on the term is said once: in the verdict when it gives the day, else here.
    const noteInVerdict = verdict.ready && verdict.readyByNote === shownList.term.note;
    fill($('term'), shownList.term.text, !noteInVerdict && ` ${shownList.term.note}`);
    renderVerdictBar(verdict);
    updateTakeAway({ answers: { ...a, applyOn: apply }, list: shownList, verdict, expiries: { ...state.expiries }, link: link(a),
      readyIfComplete: readyIfComplete(a) });
  }

  // The short verdict that stays in view at the bottom of the screen while the person ticks.
  function renderVerdictBar(verdict) {
    const { t, formatDate } = ctx.i18n;
    const bar = $('verdict-bar');
    bar.className = `verdict-bar ${verdict.ready ? 'verdict-bar--good' : 'verdict-bar--bad'}`;
    fill($('verdict-bar-text'),
      el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, verdict.ready ? '✓' : '✗'), ' ',
      el('strong', {}, t(verdict.ready ? 'ready' : 'notReady')),
      verdict.ready && verdict.readyBy && ` · ${t('barReadyBy', { date: formatDate(verdict.readyBy) })}`,
      !verdict.ready && verdict.missing.length > 0 && ` · ${t('barMissing', { count: ctx.i18n.formatNumber(verdict.missing.length) })}`);
  }

  // The day the IIN would be ready if the package were complete: what a calendar entry plans for.
  function readyIfComplete(a) {
    const ids = [];
    const collect = (items) => items.forEach((item) => (item.oneOf || item.allOf ? collect(item.oneOf ?? item.allOf) : ids.push(item.id)));
    collect(shownList.items);
    return checker.assess({ ...a, have: ids, expiries: state.expiries }).readyBy;
  }

  function restore() {
    changes.restore();
    const s = { ...ctx.presets, ...url.read() };
    for (const input of form.querySelectorAll('input[type="radio"]:checked')) input.checked = false;  // the link's answers win
    state = {
      channel: s.channel, category: s.category,
      held: new Set((s.have ?? '').split(',').filter(Boolean)),
      expiries: Object.fromEntries(EXPIRING.filter((id) => DATE.test(s[`expires.${id}`] ?? '')).map((id) => [id, s[`expires.${id}`]])),
    };
    birth.value = DATE.test(s.birth ?? '') ? s.birth : '';
    applyOn.value = DATE.test(s.apply ?? '') ? s.apply : '';
    representative.checked = s.rep === '1';
  }

  form.addEventListener('change', (event) => {
    if (event.target.name === 'channel') renderCategories();
    render();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  itemsList.addEventListener('change', (event) => {
    const { document: id, expiry } = event.target.dataset;
    if (id) event.target.checked ? state.held.add(id) : state.held.delete(id);
    if (expiry) {
      if (DATE.test(event.target.value)) state.expiries[expiry] = event.target.value;
      else delete state.expiries[expiry];
    }
    saveState(answers());
    renderVerdict(answers());
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
