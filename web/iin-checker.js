// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++; this module only loads it and passes answers along.

import { requireKnownKeys } from './lib/arguments.js';
import { Checker } from './lib/checker.js';
import { Checklist, rulesText } from './lib/checklist.js';
import { RulesetError } from './lib/errors.js';
import { folderUrl, startChecklistModule, startNumbers } from './lib/modules.js';

export { RulesetError };

const CREATE_OPTIONS = ['wasmUrl', 'wasmBinaries', 'rules', 'checklist'];

/**
 * Loads the checker. Options: { wasmUrl, wasmBinaries: { checker, checklist }, rules, checklist }.
 * `checklist: false` loads only the number checker (a quarter of the bytes). A failure to start
 * rejects with an Error whose `code` is 'unsupported', 'load_failed' or 'corrupt_module'.
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const { wasmUrl, wasmBinaries = {}, rules, checklist = true } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist'], 'wasmBinaries key');
  const folder = wasmUrl === undefined ? undefined : folderUrl(wasmUrl);
  const rulesJson = rulesText(rules);
  const [numbers, documents] = await Promise.all([
    startNumbers({ folder, bytes: wasmBinaries.checker }),
    checklist
      ? startChecklistModule({ folder, bytes: wasmBinaries.checklist }).then((core) => new Checklist(core, rulesJson))
      : null,
  ]);
  return new Checker(numbers, documents);
}
