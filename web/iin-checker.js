// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++; this module only loads it and passes answers along.

import createCheckerModule from './iin-checker-core.js';
import { requireKnownKeys } from './lib/arguments.js';
import { Checklist, rulesText } from './lib/checklist.js';
import { RulesetError } from './lib/errors.js';
import { NumberChecker } from './lib/number-checker.js';
import { startModule } from './lib/start-module.js';

export { RulesetError };

const CREATE_OPTIONS = ['wasmUrl', 'wasmBinaries', 'rules', 'checklist'];

/**
 * Loads the checker. Options: { wasmUrl, wasmBinaries: { checker, checklist }, rules, checklist }.
 * `checklist: false` loads only the number checker (a third of the bytes).
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const { wasmUrl, wasmBinaries = {}, rules, checklist = true } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist'], 'wasmBinaries key');
  const folder = new URL(wasmUrl ?? './', import.meta.url);
  const rulesJson = rulesText(rules);
  const [numbers, documents] = await Promise.all([
    startModule(createCheckerModule, new URL('iin-checker-core.wasm', folder), wasmBinaries.checker),
    checklist
      ? import('./iin-checklist-core.js').then(({ default: createChecklistModule }) =>
        startModule(createChecklistModule, new URL('iin-checklist-core.wasm', folder), wasmBinaries.checklist))
      : null,
  ]);
  return new Checker(new NumberChecker(numbers), documents && new Checklist(documents, rulesJson));
}

class Checker {
  #numbers;
  #documents;

  constructor(numbers, documents) {
    this.#numbers = numbers;
    this.#documents = documents;
    this.version = numbers.version;
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

  /** Channels (where to apply) and their categories (who may apply there), in `lang`. */
  categories(lang) {
    return this.#checklist().categories(lang);
  }

  /** The documents to bring, who may submit, the term and the refusal grounds for one situation. */
  checklist(answers) {
    return this.#checklist().checklist(answers);
  }

  /** Whether a package would be accepted: what is missing or expired, the refusal grounds, readyBy. */
  assess(answers) {
    return this.#checklist().assess(answers);
  }

  #checklist() {
    if (!this.#documents) throw new Error('This checker was created with { checklist: false }.');
    return this.#documents;
  }
}
