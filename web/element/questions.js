// The rules' own questions (how the passport spells the name, where the papers were issued…),
// asked only when the checklist turns on them: one radio group each, with "Not sure yet" for an
// answer still open. Titles, help and options come from the rules.

import { el, fill } from './dom.js';

const PREFIX = 'q-';

/** The question a radio button answers, or null for any other control. */
export const questionOf = (input) => (input.name?.startsWith(PREFIX) ? input.name.slice(PREFIX.length) : null);

function option(question, value, title, checked) {
  const name = `${PREFIX}${question.id}`;
  const id = `${name}-${value || 'open'}`;
  return el(
    'div',
    { class: 'choice choice--compact' },
    el('input', { type: 'radio', name, value, id, checked }),
    el('label', { for: id, class: 'choice__title' }, title),
  );
}

function group(question, t) {
  const helpId = `${PREFIX}${question.id}-help`;
  return el(
    'fieldset',
    { class: 'rule-question', 'data-question': question.id, 'aria-describedby': question.help ? helpId : null },
    el('legend', {}, question.title),
    question.help && el('p', { class: 'hint', id: helpId }, question.help),
    el(
      'div',
      { class: 'choices' },
      question.options.map((o) => option(question, o.id, o.title, question.answer === o.id)),
      option(question, '', t('questionOpen'), question.answer === null),
    ),
  );
}

/**
 * Draws the checklist's questions, each showing its answer (or "Not sure yet"). The same questions
 * are not drawn again, so that the radio button in use keeps the focus.
 */
export function renderRuleQuestions(container, questions, { t, language }) {
  container.hidden = questions.length === 0;
  const key = JSON.stringify([language, questions.map(({ answer, ...question }) => question)]);
  if (container.dataset.drawn !== key) {
    fill(
      container,
      questions.map((question) => group(question, t)),
    );
    container.dataset.drawn = key;
  }
  for (const question of questions) {
    const chosen = container.querySelector(`input[name="${PREFIX}${question.id}"][value="${question.answer ?? ''}"]`);
    if (chosen) chosen.checked = true;
  }
}
