// The answers a link carries in its fragment, both ways; and what to do with answers the rules
// refuse (an unknown document, situation or answer, an impossible date, a stale link): use what
// is known, leave the rest out, and say so in a short notice. The engine judges what is known.

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

/**
 * Asks the engine (`ask(answers)`); each answer it refuses (a RangeError at answers.<key>) is taken
 * out and the question asked again. Returns { result, answers (those used), refused: [{ key, value,
 * code }] }. Anything else it throws (a category still to choose) is thrown on.
 */
export function withoutRefused(ask, answers) {
  const used = { ...answers };
  const refused = [];
  for (;;) {
    try {
      return { result: ask(used), answers: used, refused };
    } catch (error) {
      const key = error instanceof RangeError ? /^answers\.(\w+)/.exec(error.path ?? '')?.[1] : null;
      if (!key || !(key in used) || ['channel', 'category', 'today', 'lang'].includes(key)) throw error;
      refused.push({ key, value: used[key], code: error.code });
      delete used[key];
    }
  }
}

const shorten = (text) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** One line of the notice for something left out: { kind, value, question?, entry? }. */
function droppedLine(dropped, { t }) {
  const value = shorten(String(dropped.value));
  if (dropped.kind === 'ended') return t('linkEnded', { title: dropped.entry.title, period: dropped.entry.period });
  if (dropped.kind === 'answer') return t('linkDroppedAnswer', { value, question: shorten(dropped.question) });
  return t(`linkDropped_${dropped.kind}`, { value });
}

/** The notice under the heading: what the link held that was left out, or nothing. */
export function renderLinkNotice(container, dropped, i18n) {
  container.hidden = dropped.length === 0;
  fill(
    container,
    dropped.length > 0 && [
      el('p', {}, i18n.t('linkDroppedIntro')),
      el(
        'ul',
        {},
        dropped.map((d) => el('li', { 'data-dropped': d.kind }, droppedLine(d, i18n))),
      ),
    ],
  );
}
