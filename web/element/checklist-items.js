// The checklist's items: a box to tick per document, its forms (original, copy, translation…),
// what an open question decides about it, and where the sources disagree. Groups ("any one of",
// "all of") nest. Everything shown comes from the checklist the engine returned.

import { el } from './dom.js';
import { EXPIRING } from './link-answers.js';
import { disputes } from './sources.js';

// A form is true, false, or { questions, text } while an open question decides it.
const FORMS = [
  ['notarizedTranslation', 'formTranslation'],
  ['legalised', 'formLegalised'],
];
const decided = (form) => form === true;
const open = (form) => typeof form === 'object' && form !== null;

/**
 * The forms an item is asked in, as short tags; a form an open question decides is "…, if needed"
 * (the question, asked above the list, says when; its help says why).
 */
export function formNames(item, t) {
  return [
    item.original && t(item.copy ? 'formOriginalShown' : 'formOriginal'),
    item.copy && t('formCopy'),
    ...FORMS.map(([form, key]) =>
      decided(item[form]) ? t(key) : open(item[form]) && t('formMaybe', { form: t(key) }),
    ),
    item.optional && t('formOptional'),
    item.askOffice && t('formAskOffice'),
  ].filter(Boolean);
}

/** Whether the item is needed at all, when an open question decides it: the engine's sentence. */
const condition = ({ conditional }) =>
  conditional &&
  el('p', { class: 'item__condition', 'data-condition': conditional.questions.join(' ') }, conditional.text);

export function itemNode(item, held, expiries, i18n) {
  const { t } = i18n;
  if (item.oneOf || item.allOf) {
    const members = item.oneOf ?? item.allOf;
    return el(
      'li',
      { class: 'item item--group', 'data-item': item.id },
      el(
        'fieldset',
        {},
        el('legend', { class: 'item__title' }, item.title),
        item.detail && el('p', { class: 'item__detail' }, item.detail),
        el('p', { class: 'item__rule' }, t(item.oneOf ? 'anyOneOf' : 'allOfThese')),
        condition(item),
        disputes(item.disputed, i18n),
        el(
          'ul',
          { class: 'items items--nested' },
          members.map((member) => itemNode(member, held, expiries, i18n)),
        ),
      ),
    );
  }
  const id = `have-${item.id}`;
  const tags = formNames(item, t);
  return el(
    'li',
    { class: 'item', 'data-item': item.id },
    el('input', { type: 'checkbox', id, 'data-document': item.id, checked: held.has(item.id) }),
    el('label', { for: id, class: 'item__title' }, item.title),
    el('p', { class: 'item__detail' }, item.detail),
    tags.length > 0 &&
      el(
        'p',
        { class: 'tags' },
        tags.map((tag) => el('span', { class: 'tag' }, tag)),
      ),
    condition(item),
    disputes(item.disputed, i18n),
    EXPIRING.includes(item.id) &&
      el(
        'p',
        { class: 'item__expiry' },
        el('label', { for: `expiry-${item.id}` }, t('validUntil')),
        ' ',
        el('input', {
          type: 'date',
          id: `expiry-${item.id}`,
          'data-expiry': item.id,
          value: expiries[item.id] ?? '',
          min: '2000-01-01',
          max: '2099-12-31',
        }),
      ),
  );
}

/** The ids of the documents to tick in these items, groups opened. */
export function documentIds(items) {
  return items.flatMap((item) => (item.oneOf || item.allOf ? documentIds(item.oneOf ?? item.allOf) : [item.id]));
}
