// Whether the chosen route is open on the day of applying, said first and in plain words; the
// status on each choice card; ended routes and older rules as history, with their dates. The
// statuses, their texts and dates all come from the engine.

import { el, fill } from './dom.js';
import { cite, disputes } from './sources.js';

/** A short status for a choice card, or null while the route is simply in force. Short: cards stay compact on a phone. */
export function statusBadge(status, { t, formatDate }, id) {
  const { code, since, until } = status;
  let text = null;
  if (code === 'unconfirmed')
    text = t('badgeUnconfirmed'); // since when, and why, the banner says
  else if (code === 'not_yet') text = t('badgeNotYet', { date: formatDate(since) });
  else if (code === 'ended') text = t('badgeEnded');
  else if (until) text = t('badgeUntil', { date: formatDate(until) });
  return text && el('p', { class: `choice__status status--${code}`, id }, text);
}

/** The status in one line, for the print-out: "Not confirmed since 1 January 2026: …"; null in force. */
export function statusLine({ code, since }, { t, formatDate }) {
  if (code === 'in_force') return null;
  return since ? t(`printStatus_${code}`, { date: formatDate(since) }) : t(`statusHeading_${code}`);
}

/**
 * Above the checklist: the route's status when it is not in force (what the engine says, under a
 * plain heading), and any disagreement of the sources about the route itself.
 */
export function renderRouteStatus(container, list, i18n) {
  const { t } = i18n;
  const { status } = list;
  const routeDisputes = [...list.channel.disputed, ...(list.category?.disputed ?? [])];
  container.hidden = status.code === 'in_force' && routeDisputes.length === 0;
  fill(
    container,
    status.code !== 'in_force' &&
      el(
        'div',
        { class: `status-banner status--${status.code}`, 'data-status': status.code },
        el(
          'p',
          { class: 'status-banner__title' },
          el('span', { 'aria-hidden': 'true' }, '⚠ '),
          t(`statusHeading_${status.code}`),
        ),
        el('p', {}, status.text),
      ),
    disputes(routeDisputes, i18n),
  );
}

/** One entry of history: what it was, with its dates, and on whose word. */
export function historyEntry(entry, i18n, { withTitle = false } = {}) {
  return el(
    'li',
    { 'data-history': entry.id },
    withTitle && el('strong', {}, entry.title),
    withTitle && ' ',
    el('span', { class: 'history__period' }, entry.period || i18n.t('superseded')),
    ' ',
    entry.text,
    cite(entry.sources, i18n),
    disputes(entry.disputed, i18n),
  );
}

/** Routes that have ended: under the choices, never one of them. */
export function renderEndedRoutes(container, history, i18n, { open = false } = {}) {
  const ended = history.filter((entry) => entry.kind !== 'rule');
  container.hidden = ended.length === 0;
  if (open) container.open = true;
  fill(
    container.querySelector('ul'),
    ended.map((entry) => historyEntry(entry, i18n, { withTitle: true })),
  );
}
