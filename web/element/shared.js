// What the elements on a page share: one compiled number checker, Check many's module, and one
// checklist engine per rules file and mission profile (the engine holds one ruleset and one
// profile at a time), for each folder the files come from (base-url). Each loads on first use, so
// an element that only checks numbers never downloads the checklist engine or Check many's module.
// The rules and the profile are read by the API's own loader (lib/data-files.js): the same errors
// as createChecker().

import { profileText, rulesText } from '../lib/data-files.js';
import { ProfileError } from '../lib/errors.js';
import { builtInRules, startChecklistModule, startNumbers } from '../lib/modules.js';
import { embeddedBytes, embeddedText, isSingleFile } from './resources.js';

const numbers = new Map(); // folder ('' for wherever the code finds them) → Promise<NumberChecker>
const manyCheckers = new Map(); // folder → Promise<ManyChecker>
const checklists = new Map(); // folder, rules URL ('' for the built-in rules) and profile URL → Promise<Checklist>
const checkers = new Map();
const profileProblems = new WeakMap(); // Checklist → why its profile-url could not be used

// Promises kept by `key`; a failed one is forgotten, so that a later element may try again.
function once(cache, key, load) {
  if (!cache.has(key)) {
    const loading = load();
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return cache.get(key);
}

/**
 * Resolves to the page's NumberChecker from `folder` (a URL ending in '/', or undefined). The
 * single file carries only Check many's module, which checks single numbers too.
 */
export function sharedNumbers(folder) {
  if (isSingleFile()) return sharedMany(folder);
  return once(numbers, folder?.href ?? '', () => startNumbers({ folder }));
}

/** Resolves to the page's ManyChecker: Check many's module, loaded when a list is first checked. */
export function sharedMany(folder) {
  return once(manyCheckers, folder?.href ?? '', () =>
    Promise.all([embeddedBytes('iin-many-core.wasm'), import('../lib/many-checker.js')]).then(
      ([bytes, { startMany }]) => startMany({ folder, bytes: bytes ?? undefined }),
    ),
  );
}

// The rules the site ships: carried by the single file, else from `folder`, inlined by a bundler
// or beside the modules.
async function builtInRulesText(folder) {
  const embedded = await embeddedText('ruleset.json');
  return embedded ?? rulesText(builtInRules(folder));
}

/**
 * Resolves to the checklist engine with the rules at `rulesUrl` ('' for the built-in ones) and
 * the mission profile at `profileUrl` ('' for none), its files from `folder`. Rejects with a
 * RulesetError (refused: its `path` says where; or code 'rules_unavailable') or a start-up error
 * (lib/start-module.js). A profile that cannot be used never stops it: the engine then works
 * without one, and profileProblem() says why.
 */
export function sharedChecklist({ rulesUrl = '', profileUrl = '', folder } = {}) {
  return once(checklists, `${folder?.href ?? ''} ${rulesUrl} ${profileUrl}`, async () => {
    const [core, rules, profile, numberChecker, { Checklist }] = await Promise.all([
      embeddedBytes('iin-checklist-core.wasm').then((bytes) =>
        startChecklistModule({ folder, bytes: bytes ?? undefined }),
      ),
      rulesUrl ? rulesText({ url: new URL(rulesUrl) }) : builtInRulesText(folder),
      profileUrl ? profileText({ url: new URL(profileUrl) }).catch((error) => error) : undefined,
      sharedNumbers(folder), // it says whether a number the applicant gives is an IIN
      import('../lib/checklist.js'),
    ]);
    if (profile === undefined) return new Checklist(core, rules, numberChecker);
    try {
      if (profile instanceof Error) throw profile;
      return new Checklist(core, rules, numberChecker, profile);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      const checklist = new Checklist(core, rules, numberChecker);
      profileProblems.set(checklist, error);
      return checklist;
    }
  });
}

/** Why the element's profile-url could not be used (a ProfileError), or null. */
export function profileProblem(checklist) {
  return profileProblems.get(checklist) ?? null;
}

/** The whole checker (the public API's Checker) for the same files as sharedChecklist(). */
export function sharedChecker(files = {}) {
  const { rulesUrl = '', profileUrl = '', folder } = files;
  return once(checkers, `${folder?.href ?? ''} ${rulesUrl} ${profileUrl}`, () =>
    Promise.all([sharedNumbers(folder), sharedChecklist(files), import('../lib/checker.js')]).then(
      ([numberChecker, checklist, { Checker }]) => new Checker(numberChecker, checklist),
    ),
  );
}
