// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++ and in the rules file beside it (ruleset.json); this module
// only loads them and passes answers along.

import createCheckerModule from './iin-checker-core.js';
import { requireKnownKeys } from './lib/arguments.js';
import { Checklist, rulesText } from './lib/checklist.js';
import { startChecklistCore } from './lib/checklist-core.js';
import { rangeError, RulesetError } from './lib/errors.js';
import { NumberChecker } from './lib/number-checker.js';
import { startModule } from './lib/start-module.js';

export { RulesetError };

const CREATE_OPTIONS = ['wasmUrl', 'wasmBinaries', 'rules', 'rulesUrl', 'checklist'];

/**
 * Loads the checker. Options: { wasmUrl, wasmBinaries: { checker, checklist }, rules, rulesUrl,
 * checklist }. The rules are `rules` (an object or JSON text), else the file at `rulesUrl`, else
 * ruleset.json beside the modules. `checklist: false` loads only the number checker.
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const { wasmUrl, wasmBinaries = {}, rules, rulesUrl, checklist = true } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist'], 'wasmBinaries key');
  if (rules !== undefined && rulesUrl !== undefined) {
    throw rangeError('invalid_value', 'options.rulesUrl', 'Give options.rules or options.rulesUrl, not both.');
  }
  const folder = new URL(wasmUrl ?? './', import.meta.url);
  const [numbers, documents] = await Promise.all([
    startModule(createCheckerModule, new URL('iin-checker-core.wasm', folder), wasmBinaries.checker),
    checklist
      ? Promise.all([
        startChecklistCore(new URL('iin-checklist-core.wasm', folder), wasmBinaries.checklist),
        rulesText(rules, new URL(rulesUrl ?? 'ruleset.json', rulesUrl === undefined ? folder : import.meta.url)),
      ])
      : null,
  ]);
  const numberChecker = new NumberChecker(numbers);
  const isIin = (text) => {
    const result = numberChecker.check(text);
    return result.valid && result.kind !== 'bin';
  };
  return new Checker(numberChecker, documents && new Checklist(...documents, isIin));
}

class Checker {
  #numbers;
  #documents;

  constructor(numbers, documents) {
    this.#numbers = numbers;
    this.#documents = documents;
    this.version = numbers.version;
    /** { version, asOf, builtIn } of the rules in use; null with { checklist: false }. */
    this.rules = documents?.rules ?? null;
    Object.freeze(this);
  }

  /** Checks one IIN or BIN as a person typed or pasted it. */
  check(input, options) {
    return this.#numbers.check(input, options);
  }

  /** Checks a newline-separated text (first field of each line) or an array of strings. */
  checkMany(input, options) {
    return this.#numbers.checkMany(input, options);
  }

  /**
   * The channels (where to apply) and their categories (who may apply there) on the day of
   * applying, with their statuses; routes that have ended, as history. `options`: a language
   * code, or { lang, applyOn, today }.
   */
  categories(options) {
    return this.#checklist().categories(options);
  }

  /** The documents to bring, who may submit, the term and the refusal grounds for one situation. */
  checklist(answers) {
    return this.#checklist().checklist(answers);
  }

  /** Whether a package would be accepted: what is missing, expired or waiting, the grounds, readyBy. */
  assess(answers) {
    return this.#checklist().assess(answers);
  }

  #checklist() {
    if (!this.#documents) throw new Error('This checker was created with { checklist: false }.');
    return this.#documents;
  }
}
