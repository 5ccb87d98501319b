// "My documents": where and as whom the person applies → the checklist from the ruleset, a box to
// tick per document → the verdict. Every rule, text and date comes from the checker.

import { localToday } from '../lib/local-date.js';
import { el, fill } from './dom.js';

const DATE = /^\d{4}-\d\d-\d\d$/;
const EXPIRING = ['passport'];  // documents whose expiry date the page asks for

function choice(name, value, title, summary, checked) {
  const id = `${name}-${value}`;
  return el('div', { class: 'choice' },
    el('input', { type: 'radio', name, value, id, checked, 'aria-describedby': `${id}-summary` }),
    el('label', { for: id }, el('span', { class: 'choice__title' }, title)),
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
  return el('li', {}, source.title, ' — ', source.publisher, ', ', source.published, '. ',
    t('readOn', { date: formatDate(source.read) }));
}

// A short citation of the strongest source: the full titles are listed under Sources.
const cite = ([source]) => source && el('span', { class: 'cite' }, ` (${source.publisher}, ${source.published.slice(0, 4)})`);

function groundLine(ground) {
  return el('li', {}, ground.title, ground.note && el('span', { class: 'note' }, ` ${ground.note}`), cite(ground.sources));
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
 *        url ({ read, update }: the answers' home), presets ({ channel, category }) }.
 */
export function setUpDocumentsView(ctx) {
  const { checker, $, url } = ctx;
  const form = $('questions');
  const birth = $('birth-date');
  const applyOn = $('apply-on');
  const representative = $('representative');
  const itemsList = $('items');
  let state = { held: new Set(), expiries: {} };

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

  function saveState(a) {
    url.update({
      channel: a.channel, category: a.category, birth: a.birthDate, rep: a.representative ? 1 : '',
      apply: a.applyOn,
      have: [...state.held].join(','),
      ...Object.fromEntries(EXPIRING.map((id) => [`expires.${id}`, state.expiries[id] ?? ''])),
    });
  }

  function render() {
    const { t, formatDate } = ctx.i18n;
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
    if (!list) return;

    fill($('eligibility'), list.eligibility.map((reason) => reasonLine(reason, t)));
    fill(itemsList, list.items.map((item) => itemNode(item, state.held, state.expiries, t)));
    $('who-may-submit').textContent = list.whoMaySubmit.text;
    fill($('term'), list.term.text, ' ', list.term.note);
    fill($('refuse-accept'), list.refusalGrounds.accept.map(groundLine));
    fill($('refuse-form'), list.refusalGrounds.form.map(groundLine));
    $('history-block').hidden = list.history.length === 0;
    fill($('history'), list.history.map((h) => el('li', {}, el('strong', {}, t('superseded')), ' ', h.text, cite(h.sources))));
    fill($('checklist-sources'), list.sources.map((source) => sourceLine(source, ctx.i18n)));
    $('checklist-as-of').textContent = t('asOf', { date: formatDate(list.asOf) });
    $('print-summary').textContent = [list.channel.title, list.category?.title].filter(Boolean).join(' — ');
    renderVerdict(a);
  }

  function renderVerdict(a) {
    const { t, formatDate } = ctx.i18n;
    const apply = a.applyOn ?? a.today;
    const verdict = checker.assess({ ...a, have: [...state.held], expiries: state.expiries });
    ctx.emit('checklist-change', { answers: { ...a, have: [...state.held], expiries: { ...state.expiries } }, verdict });
    const box = $('documents-verdict');
    box.className = `verdict verdict--large ${verdict.ready ? 'verdict--good' : 'verdict--bad'}`;
    if (verdict.ready) {
      fill(box, el('p', { class: 'verdict__title' }, el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, '✓'), ' ', t('ready')),
        el('p', {}, verdict.readyBy
          ? t('readyBy', { apply: formatDate(apply, true), date: formatDate(verdict.readyBy, true) })
          : t('readyNoTerm')),
        el('p', { class: 'verdict__note' }, verdict.readyByNote));
      return;
    }
    fill(box, el('p', { class: 'verdict__title' }, el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, '✗'), ' ', t('notReady')),
      verdict.missing.length > 0 && el('p', {}, t('missingIntro')),
      verdict.missing.length > 0 && el('ul', {}, verdict.missing.map((m) => el('li', { 'data-missing': m.id }, m.title))),
      verdict.expired.length > 0 && el('ul', {}, verdict.expired.map((e) =>
        el('li', { 'data-expired': e.id }, t('expiredOn', { title: e.title, date: formatDate(e.expiredOn) })))),
      el('p', {}, t('groundsIntro')),
      el('ul', { class: 'grounds' }, verdict.grounds.map(groundLine)));
  }

  function restore() {
    const s = { ...ctx.presets, ...url.read() };
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
  $('print').addEventListener('click', () => window.print());
  $('copy-link').hidden = !url.shared;
  $('copy-link').addEventListener('click', async () => {
    const status = $('copy-status');
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = ctx.i18n.t('linkCopied');
    } catch {
      status.textContent = ctx.i18n.t('linkCopyFailed');
    }
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
