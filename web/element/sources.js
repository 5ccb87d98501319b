// Sources as the documents view shows them: dates in the reader's language, short citations, the
// full list, and "sources disagree" with both sides. Titles, publishers and reasons come from the
// rules, already in the reader's language.

import { el } from './dom.js';

/** A source's publication date as the reader writes it: '2024' stays a year, '2024-03' a month. */
export function publishedOn(source, { formatDate, formatMonth }) {
  const { published } = source;
  if (published.length === 10) return formatDate(published);
  if (published.length === 7) return formatMonth(published);
  return published;
}

/** "Publisher, date": how a source is named in running text. */
export const sourceName = (source, i18n) => `${source.publisher}, ${publishedOn(source, i18n)}`;

/** A short citation of the strongest source: the full titles are listed under Sources. */
export const cite = ([source]) =>
  source && el('span', { class: 'cite' }, ` (${source.publisher}, ${source.published.slice(0, 4)})`);

// In the list of sources the print-out keeps only the year: one page holds them all.
export function sourceLine(source, i18n) {
  return el(
    'li',
    {},
    el('span', { class: 'source__title' }, source.title, ' — '),
    `${source.publisher}, `,
    el('span', { class: 'source__date' }, publishedOn(source, i18n)),
    el('span', { class: 'print-only source__year' }, source.published.slice(0, 4)),
    '. ',
    el('span', { class: 'source__read' }, i18n.t('readOn', { date: i18n.formatDate(source.read) })),
  );
}

function side(heading, sources, words, i18n) {
  return el(
    'div',
    { class: 'dispute__side' },
    el('p', {}, el('strong', {}, heading), ' ', words),
    el(
      'ul',
      { class: 'dispute__sources' },
      sources.map((source) =>
        el(
          'li',
          {},
          source.title,
          ' — ',
          sourceName(source, i18n),
          el('span', { class: 'note' }, ` (${source.kindTitle})`),
        ),
      ),
    ),
  );
}

/**
 * "Sources disagree: <about>", opened on demand: what the data follows and why, then who says
 * otherwise and what they say.
 */
export function disputeNode(dispute, i18n) {
  const { t } = i18n;
  return el(
    'details',
    { class: 'dispute', 'data-dispute': '' },
    el('summary', {}, el('span', { class: 'dispute__label' }, t('disputed')), ' ', dispute.about),
    side(t('disputeFollowed'), dispute.followed, dispute.because, i18n),
    side(t('disputeOthers'), dispute.others, dispute.theySay, i18n),
  );
}

/** Every disagreement on a rule, or nothing. */
export const disputes = (list, i18n) => (list?.length ? list.map((dispute) => disputeNode(dispute, i18n)) : null);
