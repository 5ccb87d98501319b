// The answers a link carries in its fragment, both ways; and the notice of what the rules could
// not use (the engine names it: situation()'s `refused`), in the rules' words, never the link's.

import { el, fill } from './dom.js';

const DATE = /^\d{4}-\d\d-\d\d$/;
export const EXPIRING = ['passport']; // documents whose expiry date the page asks for
const QUESTION = 'q.'; // q.passportScript=latin: the rules' questions, apart from the page's own keys

/** The link's answers as the view keeps them. Dates keep their text: the fields and the engine judge them. */
export function fromFragment(params) {
  const questions = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.startsWith(QUESTION) && value) questions[key.slice(QUESTION.length)] = value;
  }
  return {
    channel: params.channel || undefined,
    category: params.category || undefined,
    birth: params.birth ?? '',
    apply: params.apply ?? '',
    representative: params.rep === '1',
    held: new Set((params.have ?? '').split(',').filter(Boolean)),
    expiries: Object.fromEntries(
      EXPIRING.filter((id) => params[`expires.${id}`]).map((id) => [id, params[`expires.${id}`]]),
    ),
    questions,
  };
}

/** The fragment's keys for these answers (empty values drop a key). `previous` holds keys to clear. */
export function toFragment(
  { channel, category, birthDate, applyOn, representative },
  { held, expiries, questions },
  previous = {},
) {
  const cleared = Object.fromEntries(
    Object.keys(previous)
      .filter((key) => key.startsWith(QUESTION))
      .map((key) => [key, '']),
  );
  return {
    ...cleared,
    channel,
    category,
    birth: birthDate,
    rep: representative ? 1 : '',
    apply: applyOn,
    have: [...held].join(','),
    ...Object.fromEntries(EXPIRING.map((id) => [`expires.${id}`, expiries[id] ?? ''])),
    ...Object.fromEntries(Object.entries(questions).map(([id, answer]) => [`${QUESTION}${id}`, answer])),
  };
}

export const isDate = (text) => DATE.test(text);

// An answer or a ticked document left out: named by its title when the rules know it.
const TITLED = {
  answer: ['linkDroppedAnswer', 'linkDroppedUnknownAnswer'],
  document: ['linkDropped_document', 'linkDroppedUnknownDocument'],
};

/** One line of the notice for something left out: { kind, title?, entry? }, in the rules' words. */
function droppedLine({ kind, title, entry }, { t }) {
  if (kind === 'ended') return t('linkEnded', { title: entry.title, period: entry.period });
  const [named, unnamed] = TITLED[kind] ?? [];
  if (named) return title ? t(named, { title }) : t(unnamed);
  return t(`linkDropped_${kind}`);
}

/**
 * The one notice at the top for a link: what it held that was left out, and whether the rules have
 * changed since it was made (`changed`: shows "what changed" when called); nothing otherwise.
 */
export function renderLinkNotice(container, dropped, i18n, { changed, rulesAsOf }) {
  const { t, formatDate } = i18n;
  const edition = dropped.find((d) => d.kind === 'edition');
  const left = dropped.filter((d) => d !== edition);
  container.hidden = left.length === 0 && !changed && !edition;
  const see = changed
    ? el('button', { type: 'button', class: 'link-button', id: 'see-changes' }, t('linkSeeChanges'))
    : null;
  see?.addEventListener('click', changed);
  fill(
    container,
    !container.hidden && [
      edition && el('p', { 'data-edition': 'unknown' }, t('linkRulesUnknown', { date: formatDate(rulesAsOf) })),
      changed && el('p', { 'data-edition': 'changed' }, t('linkRulesChanged'), ' ', see),
      left.length > 0 && el('p', {}, t('linkDroppedIntro')),
      left.length > 0 &&
        el(
          'ul',
          {},
          // Lines that read the same are one: two unknown ticks, two dates that do not exist.
          [...new Map(left.map((d) => [droppedLine(d, i18n), d.kind]))].map(([line, kind]) =>
            el('li', { 'data-dropped': kind }, line),
          ),
        ),
    ],
  );
}
