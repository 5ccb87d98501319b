// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++ and in the rules file beside it (ruleset.json); this module
// only loads them and passes answers along.

import { requireKnownKeys } from './lib/arguments.js';
import { Checker } from './lib/checker.js';
import { Checklist, profileText, rulesText } from './lib/checklist.js';
import { ProfileError, rangeError, RulesetError } from './lib/errors.js';
import { builtInRules, folderUrl, resolveUrl, startChecklistModule, startNumbers } from './lib/modules.js';

export { ProfileError, RulesetError };

const CREATE_OPTIONS = ['wasmUrl', 'wasmBinaries', 'rules', 'rulesUrl', 'profile', 'profileUrl', 'checklist'];

/**
 * Loads the checker. Options: { wasmUrl, wasmBinaries: { checker, checklist }, rules, rulesUrl,
 * profile, profileUrl, checklist }. The rules are `rules` (an object or JSON text), else the file
 * at `rulesUrl`, else ruleset.json beside the modules. A mission profile, `profile` (an object or
 * JSON text) or the file at `profileUrl`, is read against them. `checklist: false` loads only the
 * number checker (a quarter of the bytes). Rejects with a RulesetError when the rules are refused
 * or cannot be read, a ProfileError likewise for the profile, and with an Error whose `code` is
 * 'unsupported', 'load_failed' or 'corrupt_module' when a module cannot start.
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const { wasmUrl, wasmBinaries = {}, rules, rulesUrl, profile, profileUrl, checklist = true } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist'], 'wasmBinaries key');
  if (rules !== undefined && rulesUrl !== undefined) {
    throw rangeError('invalid_value', 'options.rulesUrl', 'Give options.rules or options.rulesUrl, not both.');
  }
  if (profile !== undefined && profileUrl !== undefined) {
    throw rangeError('invalid_value', 'options.profileUrl', 'Give options.profile or options.profileUrl, not both.');
  }
  if (!checklist && (profile !== undefined || profileUrl !== undefined)) {
    throw rangeError(
      'invalid_value',
      'options.profile',
      'A mission profile needs the checklist: leave out { checklist: false }.',
    );
  }
  const profileFile = profileUrl === undefined ? undefined : resolveUrl(profileUrl, 'options.profileUrl');
  const folder = wasmUrl === undefined ? undefined : folderUrl(wasmUrl);
  const shipped = rules === undefined && rulesUrl === undefined ? builtInRules(folder) : {};
  const rulesFile = rulesUrl === undefined ? shipped.url : resolveUrl(rulesUrl, 'options.rulesUrl');
  const [numbers, documents] = await Promise.all([
    startNumbers({ folder, bytes: wasmBinaries.checker }),
    checklist
      ? Promise.all([
          startChecklistModule({ folder, bytes: wasmBinaries.checklist }),
          rulesText(rules ?? shipped.rules, rulesFile),
          profileText(profile, profileFile),
        ])
      : null,
  ]);
  if (!documents) return new Checker(numbers, null);
  const [call, rulesJson, profileJson] = documents;
  return new Checker(numbers, new Checklist(call, rulesJson, numbers, profileJson));
}
