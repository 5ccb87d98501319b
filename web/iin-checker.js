// The public API of the IIN Checker: an ES module for browsers, workers and Node 18+.
// Every rule lives in the compiled C++ and in the rules file beside it (ruleset.json); this module
// only loads them and passes answers along.

import { requireKnownKeys } from './lib/arguments.js';
import { Checker } from './lib/checker.js';
import { Checklist } from './lib/checklist.js';
import { profileText, rulesText } from './lib/data-files.js';
import { ProfileError, rangeError, RulesetError } from './lib/errors.js';
import { startMany } from './lib/many-checker.js';
import { builtInRules, folderUrl, resolveUrl, startChecklistModule, startNumbers } from './lib/modules.js';

export { ProfileError, RulesetError };

const CREATE_OPTIONS = [
  'baseUrl',
  'wasmUrl',
  'wasmBinaries',
  'rules',
  'rulesUrl',
  'profile',
  'profileUrl',
  'checklist',
  'many',
];

/**
 * Loads the checker. Options: { baseUrl, wasmBinaries: { checker, checklist, many }, rules,
 * rulesUrl, profile, profileUrl, checklist, many } (wasmUrl: the old name of baseUrl). The modules and the rules
 * are read from the folder `baseUrl`, else from where a bundler put them, else from beside this
 * module; `rules` (an object or JSON text) or the file at `rulesUrl` replace the shipped rules. A
 * mission profile, `profile` (an object or JSON text) or the file at `profileUrl`, is read
 * against them. `checklist: false` leaves the checklist engine out. Numbers are checked by Check
 * many's module (iin-many-core.wasm, the single check and lists), or with `many: false` by the
 * smaller iin-checker-core.wasm, which has no checkMany().
 * Rejects with a RulesetError when the rules are refused or cannot be read, a ProfileError
 * likewise for the profile, and with an Error whose `code` says why a module cannot start
 * ('unsupported', 'wasm_blocked', 'load_failed', 'file_missing', 'hash_mismatch', 'corrupt_module').
 */
export async function createChecker(options = {}) {
  requireKnownKeys(options, CREATE_OPTIONS, 'createChecker option');
  const {
    baseUrl,
    wasmUrl,
    wasmBinaries = {},
    rules,
    rulesUrl,
    profile,
    profileUrl,
    checklist = true,
    many = true,
  } = options ?? {};
  requireKnownKeys(wasmBinaries, ['checker', 'checklist', 'many'], 'wasmBinaries key');
  const unused = many ? 'checker' : 'many';
  if (wasmBinaries[unused] !== undefined) {
    throw rangeError(
      'invalid_value',
      `options.wasmBinaries.${unused}`,
      many
        ? 'wasmBinaries.checker (iin-checker-core.wasm) is used only with { many: false }: give wasmBinaries.many (iin-many-core.wasm, which checks single numbers too), or { many: false }.'
        : 'wasmBinaries.many (iin-many-core.wasm) is not used with { many: false }: give wasmBinaries.checker (iin-checker-core.wasm).',
    );
  }
  for (const [one, other] of [
    ['baseUrl', 'wasmUrl'],
    ['rules', 'rulesUrl'],
    ['profile', 'profileUrl'],
  ]) {
    if (options?.[one] !== undefined && options[other] !== undefined) {
      throw rangeError('invalid_value', `options.${other}`, `Give options.${one} or options.${other}, not both.`);
    }
  }
  if (!checklist && (profile !== undefined || profileUrl !== undefined)) {
    throw rangeError(
      'invalid_value',
      'options.profile',
      'A mission profile needs the checklist: leave out { checklist: false }.',
    );
  }
  const profileFile = profileUrl === undefined ? undefined : resolveUrl(profileUrl, 'options.profileUrl');
  const folder =
    baseUrl !== undefined
      ? folderUrl(baseUrl, 'options.baseUrl')
      : wasmUrl !== undefined
        ? folderUrl(wasmUrl, 'options.wasmUrl')
        : undefined;
  const rulesSource =
    rules !== undefined
      ? { rules }
      : rulesUrl !== undefined
        ? { url: resolveUrl(rulesUrl, 'options.rulesUrl') }
        : builtInRules(folder);
  const [numbers, documents] = await Promise.all([
    many ? startMany({ folder, bytes: wasmBinaries.many }) : startNumbers({ folder, bytes: wasmBinaries.checker }),
    checklist
      ? Promise.all([
          startChecklistModule({ folder, bytes: wasmBinaries.checklist }),
          rulesText(rulesSource),
          profileText({ profile, url: profileFile }),
        ])
      : null,
  ]);
  if (!documents) return new Checker(numbers, null);
  const [call, rulesJson, profileJson] = documents;
  return new Checker(numbers, new Checklist(call, rulesJson, numbers, profileJson));
}
