// The document checklist through the compiled engine: the rules go in once, as JSON text; then
// answers go in as JSON and the answer, or { error }, comes back as JSON.

import { describe, requireKnownKeys } from './arguments.js';
import { fromCore, rangeError, typeError } from './errors.js';
import { localToday } from './local-date.js';

function reply(json) {
  const answer = JSON.parse(json);
  if (answer?.error) throw fromCore(answer.error);
  return answer;
}

const CHOICE_OPTIONS = ['lang', 'applyOn', 'today'];
const asOptions = (options) => (typeof options === 'string' ? { lang: options } : options);

export class Checklist {
  #call;
  #numbers;

  /**
   * `call` runs the engine (lib/checklist-core.js); `numbers`, the number checker, says whether the
   * IIN an applicant gives is one. Throws RulesetError when the rules are refused, ProfileError
   * when the profile is (a `confirmed` day after today among its problems).
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
      const read = JSON.parse(call('iin_load_profile', profileJson, Number(localToday().replaceAll('-', ''))));
      if (read.error) throw fromCore(read.error, { inProfile: true });
      const { channel, accepting, confirmed } = read;
      const name = Object.freeze({ ...JSON.parse(profileJson).name }); // the host's own words, as accepted
      this.profile = Object.freeze({ channel, name, accepting, confirmed });
    }
  }

  /**
   * The whole case in one call: the choices, and once a channel (and its category) is chosen the
   * checklist, the verdict, the mission and what changed since `since`. An answer the engine cannot
   * use is left out and named in `refused`.
   */
  situation(answers) {
    return reply(this.#call('iin_situation', this.#request(answers, 'situation')));
  }

  categories(options = {}) {
    requireKnownKeys(asOptions(options), CHOICE_OPTIONS, 'categories option');
    return this.#strict(asOptions(options), 'categories', 'options.').choices;
  }

  mission(options = {}) {
    requireKnownKeys(asOptions(options), CHOICE_OPTIONS, 'mission option');
    return this.#strict(asOptions(options), 'mission', 'options.').mission;
  }

  checklist(answers) {
    return this.#chosen(answers, 'checklist').checklist;
  }

  assess(answers) {
    return this.#chosen(answers, 'assess').verdict;
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
    if (answers?.since !== undefined)
      throw typeError('answers.since', 'pass the edition as changesSince(version, …).', 'unknown_key');
    const given = answers !== null && typeof answers === 'object' && !Array.isArray(answers);
    return this.#chosen(given ? { ...answers, since: version } : answers, 'changesSince').changes;
  }

  // Strict: the first answer the engine left out is the error (RangeError, its path "answers.x"); a
  // document held that this checklist does not ask for ("answers.have") counts for nothing.
  // Options are named as the caller passed them ("options.lang"), the edition as "version".
  #strict(answers, call, root = 'answers.') {
    const whole = reply(this.#call('iin_situation', this.#request(answers, call)));
    const refused = whole.refused.find((r) => r.path !== 'answers.have');
    if (refused) {
      const path = refused.key === 'since' ? 'version' : refused.path.replace('answers.', root);
      throw fromCore({ ...refused, path });
    }
    return whole;
  }

  #chosen(answers, call) {
    const whole = this.#strict(answers, call);
    if (!whole.checklist) throw rangeError('missing_key', 'answers.channel', 'is required');
    return whole;
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
