// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++ and in the rules file beside it (ruleset.json); this module
// only loads them and passes answers along.

import { requireKnownKeys } from './lib/arguments.js';
import { Checker } from './lib/checker.js';
import { Checklist, rulesText } from './lib/checklist.js';
import { rangeError, RulesetError } from './lib/errors.js';
import { builtInRules, folderUrl, resolveUrl, startChecklistModule, startNumbers } from './lib/modules.js';

export { RulesetError };

const CREATE_OPTIONS = ['wasmUrl', 'wasmBinaries', 'rules', 'rulesUrl', 'checklist'];

/**
 * Loads the checker. Options: { wasmUrl, wasmBinaries: { checker, checklist }, rules, rulesUrl,
 * checklist }. The rules are `rules` (an object or JSON text), else the file at `rulesUrl`, else
 * ruleset.json beside the modules. `checklist: false` loads only the number checker (a quarter of
 * the bytes). Rejects with a RulesetError when the rules are refused or cannot be read, and with
 * an Error whose `code` is 'unsupported', 'load_failed' or 'corrupt_module' when a module cannot start.
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const { wasmUrl, wasmBinaries = {}, rules, rulesUrl, checklist = true } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist'], 'wasmBinaries key');
  if (rules !== undefined && rulesUrl !== undefined) {
    throw rangeError('invalid_value', 'options.rulesUrl', 'Give options.rules or options.rulesUrl, not both.');
  }
  const folder = wasmUrl === undefined ? undefined : folderUrl(wasmUrl);
  const shipped = rules === undefined && rulesUrl === undefined ? builtInRules(folder) : {};
  const rulesFile = rulesUrl === undefined ? shipped.url : resolveUrl(rulesUrl, 'options.rulesUrl');
  const [numbers, documents] = await Promise.all([
    startNumbers({ folder, bytes: wasmBinaries.checker }),
    checklist
      ? Promise.all([startChecklistModule({ folder, bytes: wasmBinaries.checklist }), rulesText(rules ?? shipped.rules, rulesFile)])
      : null,
  ]);
  return new Checker(numbers, documents && new Checklist(...documents, numbers));
}
