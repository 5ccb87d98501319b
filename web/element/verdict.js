// The verdict on the documents ticked, as the engine gives it: ready or not, what is missing or
// expired, what an open question decides, the day the IIN should be ready with the days off it
// skipped, an office closed on the day of applying, and how sure the calendar is.

import { el, fill } from './dom.js';
import { cite } from './sources.js';

const icon = (ready) => el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, ready ? '✓' : '✗');

function groundLine(ground) {
  return el(
    'li',
    {},
    ground.title,
    ground.note && el('span', { class: 'note' }, ` ${ground.note}`),
    cite(ground.sources),
  );
}

// The working days behind the ready-by day: the office closed that day, the days off skipped, the
// announced days off that are working days after all, and a calendar not yet published.
function workingDays(verdict, t) {
  const { closedOn, daysOffSkipped, notDaysOff, calendar } = verdict;
  return [
    closedOn && el('p', { class: 'verdict__closed', 'data-closed-on': closedOn.date }, closedOn.text),
    daysOffSkipped.length > 0 && el('p', {}, t('daysOffIntro')),
    daysOffSkipped.length > 0 &&
      el(
        'ul',
        { class: 'days-off' },
        daysOffSkipped.map((day) => el('li', { 'data-day-off': day.date }, day.text)),
      ),
    notDaysOff.length > 0 &&
      el(
        'ul',
        { class: 'days-off' },
        notDaysOff.map((day) => el('li', { 'data-working-day': day.date }, day.text)),
      ),
    calendar &&
      calendar.confidence !== 'published' &&
      el('p', { class: 'verdict__calendar', 'data-confidence': calendar.confidence }, calendar.text),
  ];
}

// Items not held that an open question decides: which question each turns on.
function openQuestions(verdict, questions, t) {
  if (verdict.conditional.length === 0) return [];
  const title = (id) => questions.find((q) => q.id === id)?.title ?? id;
  return [
    el('p', {}, t('conditionalIntro')),
    el(
      'ul',
      {},
      verdict.conditional.map((item) =>
        el(
          'li',
          { 'data-conditional': item.id },
          t('conditionalItem', { title: item.title, question: item.questions.map(title).join(' / ') }),
        ),
      ),
    ),
  ];
}

/** Fills the verdict box. `apply` is the day of applying; `list` the checklist shown. */
export function renderVerdict(box, verdict, { apply, list }, { t, formatDate }) {
  box.className = `verdict verdict--large ${verdict.ready ? 'verdict--good' : 'verdict--bad'}`;
  if (verdict.ready) {
    fill(
      box,
      el('p', { class: 'verdict__title' }, icon(true), ' ', t('ready')),
      verdict.readyBy &&
        el('p', {}, t('readyBy', { apply: formatDate(apply, true), date: formatDate(verdict.readyBy, true) })),
      workingDays(verdict, t),
      el('p', { class: 'verdict__note' }, verdict.readyByNote),
    );
    return;
  }
  fill(
    box,
    el('p', { class: 'verdict__title' }, icon(false), ' ', t('notReady')),
    verdict.closedOn &&
      el('p', { class: 'verdict__closed', 'data-closed-on': verdict.closedOn.date }, verdict.closedOn.text),
    verdict.missing.length > 0 && el('p', {}, t('missingIntro')),
    verdict.missing.length > 0 &&
      el(
        'ul',
        {},
        verdict.missing.map((m) => el('li', { 'data-missing': m.id }, m.title)),
      ),
    verdict.expired.length > 0 &&
      el(
        'ul',
        {},
        verdict.expired.map((e) =>
          el('li', { 'data-expired': e.id }, t('expiredOn', { title: e.title, date: formatDate(e.expiredOn) })),
        ),
      ),
    openQuestions(verdict, list.questions, t),
    verdict.grounds.length > 0 && el('p', {}, t('groundsIntro')),
    el('ul', { class: 'grounds' }, verdict.grounds.map(groundLine)),
  );
}

/** The short verdict that stays in view at the bottom of the screen while the person ticks. */
export function renderVerdictBar(bar, text, verdict, { t, formatDate, count }) {
  bar.className = `verdict-bar ${verdict.ready ? 'verdict-bar--good' : 'verdict-bar--bad'}`;
  fill(
    text,
    icon(verdict.ready),
    ' ',
    el('strong', {}, t(verdict.ready ? 'ready' : 'notReady')),
    verdict.ready && verdict.readyBy && ` · ${t('barReadyBy', { date: formatDate(verdict.readyBy) })}`,
    !verdict.ready && verdict.missing.length > 0 && ` · ${count('barMissing', verdict.missing.length)}`,
  );
}
