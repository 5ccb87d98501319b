// The verdict on the documents ticked, as the engine gives it: ready, matching the list of a route
// nobody confirms, or not; the day the IIN should be ready if everything is brought (before any
// box is ticked), with the days off it skipped, an office closed on the day of applying, and how
// sure the calendar is; what is missing or expired once the person checks; the PSC as the fallback.

import { el, fill } from './dom.js';
import { cite } from './sources.js';

function groundLine(ground, i18n) {
  return el(
    'li',
    {},
    ground.title,
    ground.note && el('span', { class: 'note' }, ` ${ground.note}`),
    cite(ground.sources, i18n),
  );
}

// The working days behind the ready-by day: the office closed that day, the days off skipped, the
// announced days off that are working days after all, days that may be off, and a calendar not yet
// published.
function workingDays(verdict, { t, formatDate }) {
  const { closedOn, daysOffSkipped, notDaysOff, mayBeDaysOff, readyByIfWorking, calendar } = verdict;
  const days = (list, key) =>
    list.length > 0 &&
    el(
      'ul',
      { class: 'days-off' },
      list.map((day) => el('li', { [key]: day.date }, day.text)),
    );
  return [
    closedOn && el('p', { class: 'verdict__closed', 'data-closed-on': closedOn.date }, closedOn.text),
    daysOffSkipped.length > 0 && el('p', {}, t('daysOffIntro')),
    days(daysOffSkipped, 'data-day-off'),
    days(notDaysOff, 'data-working-day'),
    days(mayBeDaysOff, 'data-may-be-day-off'),
    readyByIfWorking &&
      el(
        'p',
        { 'data-ready-if-working': readyByIfWorking },
        t('readyByIfWorking', { date: formatDate(readyByIfWorking, true) }),
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

// What the verdict box says first: ready; the papers match an unconfirmed route's list; refused for
// what the person has said; or, before they check anything, the plan.
function kind(verdict, checking) {
  if (verdict.readiness !== 'not_ready') return verdict.readiness;
  const said = verdict.grounds.some((g) => g.code !== 'incomplete_package') || verdict.expired.length > 0;
  return said || checking ? 'not_ready' : 'plan';
}
const TITLES = { ready: 'ready', unconfirmed: 'unconfirmedTitle', not_ready: 'notReady', plan: 'planTitle' };
const MARKS = { ready: '✓', unconfirmed: '•', not_ready: '✗', plan: '•' };
const icon = (k) => el('span', { class: 'verdict__icon', 'aria-hidden': 'true' }, MARKS[k]);

/**
 * Fills the verdict box. `apply` is the day of applying; `list` the checklist shown; `checking`
 * whether the person has ticked or dated anything (what is missing is said only then).
 */
export function renderVerdict(box, verdict, { apply, list, checking }, i18n) {
  const { t, formatDate } = i18n;
  const k = kind(verdict, checking);
  box.className = `verdict verdict--large verdict--${{ ready: 'good', not_ready: 'bad' }[k] ?? 'plan'}`;
  box.dataset.readiness = k;
  const dated = verdict.readyBy ?? verdict.readyIfComplete;
  const grounds = verdict.grounds.filter((g) => checking || g.code !== 'incomplete_package');
  fill(
    box,
    el('p', { class: 'verdict__title' }, icon(k), ' ', t(TITLES[k])),
    verdict.readinessText && el('p', { class: 'verdict__unconfirmed' }, verdict.readinessText),
    dated &&
      el(
        'p',
        { class: 'verdict__ready-by', 'data-ready-by': dated },
        t(verdict.readyBy ? 'readyBy' : 'planReadyBy', {
          apply: formatDate(apply, true),
          date: formatDate(dated, true),
        }),
      ),
    dated
      ? workingDays(verdict, i18n)
      : verdict.closedOn &&
          el('p', { class: 'verdict__closed', 'data-closed-on': verdict.closedOn.date }, verdict.closedOn.text),
    checking && verdict.missing.length > 0 && el('p', {}, t('missingIntro')),
    checking &&
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
    checking && openQuestions(verdict, list.questions, t),
    grounds.length > 0 && el('p', {}, t('groundsIntro')),
    grounds.length > 0 &&
      el(
        'ul',
        { class: 'grounds' },
        grounds.map((ground) => groundLine(ground, i18n)),
      ),
    dated && el('p', { class: 'verdict__note' }, verdict.readyByNote),
    verdict.fallback && el('p', { class: 'verdict__fallback', 'data-fallback': '' }, verdict.fallback),
  );
}

/** The short verdict that stays in view at the bottom of the screen while the person ticks. */
export function renderVerdictBar(bar, text, verdict, { t, formatDate, count }, checking) {
  const k = kind(verdict, checking);
  bar.className = `verdict-bar verdict-bar--${{ ready: 'good', not_ready: 'bad' }[k] ?? 'plan'}`;
  const dated = verdict.readyBy ?? verdict.readyIfComplete;
  fill(
    text,
    icon(k),
    ' ',
    el('strong', {}, t(TITLES[k])),
    dated && ` · ${t(verdict.readyBy ? 'barReadyBy' : 'barPlan', { date: formatDate(dated) })}`,
    k === 'not_ready' && verdict.missing.length > 0 && ` · ${count('barMissing', verdict.missing.length)}`,
  );
}
