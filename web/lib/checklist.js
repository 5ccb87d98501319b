// The document checklist through the compiled checklist engine: answers go in as JSON, and
// the answer, or { error }, comes back as JSON.

import { describe, requireString } from './arguments.js';
import { fromCore, typeError } from './errors.js';
import { localToday } from './local-date.js';

/** The ruleset as JSON text for the module: '' for the built-in one. */
export function rulesText(rules) {
  if (rules === undefined) return '';
  if (typeof rules === 'string') return rules;
  if (rules === null || typeof rules !== 'object') {
    throw typeError('options.rules', `options.rules must be a ruleset object or its JSON text, not ${describe(rules)}.`);
  }
  try {
    return JSON.stringify(rules);
  } catch (error) {
    throw typeError('options.rules', `options.rules cannot be turned into JSON: ${error.message}`);
  }
}

function reply(json) {
  const answer = JSON.parse(json);
  if (answer.error) throw fromCore(answer.error);
  return answer;
}

function answersJson(answers, call) {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw typeError('answers', `${call}(answers) needs an object such as { channel: 'psc' }, not ${describe(answers)}.`);
  }
  return JSON.stringify({ today: localToday(), ...answers });
}

export class Checklist {
  #core;

  /** Throws RulesetError when the host's ruleset (JSON text, '' for the built-in) is refused. */
  constructor(core, rules) {
    const problem = core.loadRules(rules);
    if (problem) throw fromCore(JSON.parse(problem).error, { inData: true });
    this.#core = core;
  }

  categories(lang = 'en') {
    requireString(lang, 'categories(lang)');
    return reply(this.#core.categories(lang));
  }

  checklist(answers) {
    return reply(this.#core.checklist(answersJson(answers, 'checklist')));
  }

  assess(answers) {
    return reply(this.#core.assess(answersJson(answers, 'assess')));
  }
}
