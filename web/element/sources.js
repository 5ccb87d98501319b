// Sources as the documents view shows them: dates in the reader's language ("undated" where the
// source gives none), short citations, the full list, and "sources disagree" with both sides.
// Titles, publishers and reasons come from the rules, already in the reader's language. Every
// source with an address is a link to it.

import { el } from './dom.js';

/** A source's publication date as the reader writes it: '2024' stays a year, '2024-03' a month. */
export function publishedOn(source, { t, formatDate, formatMonth }) {
  const { published } = source;
  if (!published) return t('undated');
  if (published.length === 10) return formatDate(published);
  if (published.length === 7) return formatMonth(published);
  return published;
}

/** The year a source was published, or "undated". */
const yearOf = (source, { t }) => source.published?.slice(0, 4) ?? t('undated');

/** "Publisher, date": how a source is named in running text. */
export const sourceName = (source, i18n) => `${source.publisher}, ${publishedOn(source, i18n)}`;

/** "Publisher, year": a source in a short citation. */
export const shortCitation = (source, i18n) => `${source.publisher}, ${yearOf(source, i18n)}`;

/**
 * `text` as a link to the source's address, or as plain text when it has none. Only https
 * addresses become links (the rules' format allows no other), opened without telling the other
 * site where the reader came from.
 */
export function linkTo(source, ...text) {
  if (!source.url?.startsWith('https://')) return text;
  return el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank', class: 'source__link' }, ...text);
}

/** A short citation of the strongest source, a link to it: the full titles are listed under Sources. */
export const cite = ([source], i18n) =>
  source && el('span', { class: 'cite' }, ' (', linkTo(source, shortCitation(source, i18n)), ')');

/** A sentence's end after `text`: no second full stop after one of its own ("2026 г."). */
const sentenceEnd = (text) => (text.endsWith('.') ? ' ' : '. ');

// In the list of sources the print-out keeps only the year: one page holds them all.
export function sourceLine(source, i18n) {
  const date = publishedOn(source, i18n);
  return el(
    'li',
    { 'data-source': source.id },
    el('span', { class: 'source__title' }, linkTo(source, source.title), ' — '),
    `${source.publisher}, `,
    el('span', { class: 'source__date' }, date),
    el('span', { class: 'print-only source__year' }, yearOf(source, i18n)),
    sentenceEnd(date),
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
          linkTo(source, source.title),
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
