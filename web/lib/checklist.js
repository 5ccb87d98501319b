// The document checklist through the compiled engine: the rules go in once, as JSON text; then
// answers go in as JSON and the answer, or { error }, comes back as JSON.

import { describe, requireKnownKeys } from './arguments.js';
import { fromCore, ProfileError, RulesetError, typeError } from './errors.js';
import { readText } from './checklist-core.js';
import { localToday } from './local-date.js';

/**
 * The ruleset's JSON text: `rules` (an object or JSON text), else the file at `url`. A file that
 * cannot be read is a RulesetError with code 'rules_unavailable'.
 */
export async function rulesText(rules, url) {
  if (typeof rules === 'string') return rules;
  if (rules !== undefined) {
    if (rules === null || typeof rules !== 'object') {
      throw typeError(
        'options.rules',
        `options.rules must be a ruleset object or its JSON text, not ${describe(rules)}.`,
      );
    }
    try {
      return JSON.stringify(rules);
    } catch (error) {
      throw typeError('options.rules', `options.rules cannot be turned into JSON: ${error.message}`);
    }
  }
  try {
    return await readText(url);
  } catch (error) {
    throw new RulesetError(`could not read ${url.href}: ${error?.message ?? error}`, { code: 'rules_unavailable' });
  }
}

/**
 * A mission profile's JSON text: `profile` (an object or JSON text), else the file at `url`, else
 * undefined. A file that cannot be read is a ProfileError with code 'profile_unavailable'.
 */
export async function profileText(profile, url) {
  if (typeof profile === 'string') return profile;
  if (profile !== undefined) {
    if (profile === null || typeof profile !== 'object' || Array.isArray(profile)) {
      throw typeError(
        'options.profile',
        `options.profile must be a mission profile object or its JSON text, not ${describe(profile)}.`,
      );
    }
    try {
      return JSON.stringify(profile);
    } catch (error) {
      throw typeError('options.profile', `options.profile cannot be turned into JSON: ${error.message}`);
    }
  }
  if (url === undefined) return undefined;
  try {
    return await readText(url);
  } catch (error) {
    throw new ProfileError(`could not read ${url.href}: ${error?.message ?? error}`, { code: 'profile_unavailable' });
  }
}

function reply(json) {
  const answer = JSON.parse(json);
  if (answer?.error) throw fromCore(answer.error);
  return answer;
}

const CHOICE_OPTIONS = ['lang', 'applyOn', 'today'];

export class Checklist {
  #call;
  #numbers;

  /**
   * `call` runs the engine (lib/checklist-core.js); `numbers`, the number checker, says whether the
   * IIN an applicant gives is one. Throws RulesetError when the rules are refused.
   */
  constructor(call, rulesJson, numbers, profileJson) {
    const loaded = JSON.parse(call('iin_load_rules', rulesJson));
    if (loaded.error) throw fromCore(loaded.error, { inData: true });
    this.#call = call;
    this.#numbers = numbers;
    /** { version, asOf, builtIn }: the edition of the rules in use, and whether they are the site's own. */
    this.rules = Object.freeze(loaded);
    /** { channel, name: { en, ru, kk }, accepting, confirmed } of the mission profile in use, or null. */
    this.profile = null;
    if (profileJson !== undefined) {
      const profile = JSON.parse(call('iin_load_profile', profileJson));
      if (profile.error) throw fromCore(profile.error, { inProfile: true });
      this.profile = Object.freeze({ ...profile, name: Object.freeze(profile.name) });
    }
  }

  categories(options = {}) {
    const request = typeof options === 'string' ? { lang: options } : options;
    requireKnownKeys(request, CHOICE_OPTIONS, 'categories option');
    return reply(this.#call('iin_categories', JSON.stringify({ ...request, today: request.today ?? localToday() })));
  }

  mission(options = {}) {
    const request = typeof options === 'string' ? { lang: options } : options;
    requireKnownKeys(request, CHOICE_OPTIONS, 'mission option');
    return reply(this.#call('iin_mission', JSON.stringify({ ...request, today: request.today ?? localToday() })));
  }

  checklist(answers) {
    return reply(this.#call('iin_checklist', this.#request(answers, 'checklist')));
  }

  assess(answers) {
    return reply(this.#call('iin_assess', this.#request(answers, 'assess')));
  }

  /**
   * What changed for these answers since the edition of the rules `version` (a link carries it):
   * documents added and removed, the route's status, who may submit and the term then and now.
   * An edition these rules do not know is a RangeError with code 'unknown_id' and path 'version'.
   */
  changesSince(version, answers) {
    if (typeof version !== 'string') {
      throw typeError(
        'version',
        `changesSince(version, answers) needs the rules' version a link carries, such as '2026-11-25', not ${describe(version)}.`,
      );
    }
    const request = `{"version":${JSON.stringify(version)},"answers":${this.#request(answers, 'changesSince')}}`;
    return reply(this.#call('iin_changes', request));
  }

  // The answers as the engine reads them: `iin` becomes whether it is a valid IIN (a BIN is not).
  #request(answers, call) {
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
      throw typeError(
        'answers',
        `${call}(answers) needs an object such as { channel: 'psc' }, not ${describe(answers)}.`,
      );
    }
    const { iin, holdsIin, ...rest } = answers;
    if (holdsIin !== undefined) {
      throw typeError(
        'answers.holdsIin',
        'answers.holdsIin is not an answer: pass the number as answers.iin.',
        'unknown_key',
      );
    }
    if (iin !== undefined && typeof iin !== 'string') {
      throw typeError('answers.iin', `answers.iin must be a string of digits, not ${describe(iin)}.`);
    }
    const request = { ...rest, today: rest.today ?? localToday() };
    if (iin) {
      const number = this.#numbers.check(iin);
      request.holdsIin = number.valid && number.kind !== 'bin';
    }
    return JSON.stringify(request);
  }
}
