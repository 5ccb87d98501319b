// What the elements on a page share: one compiled number checker, and one checklist engine per
// rules file and mission profile (the engine holds one ruleset and one profile at a time). Each
// loads on first use, so an element that only checks numbers never downloads the checklist engine.

import { ProfileError } from '../lib/errors.js';
import { builtInRules, startChecklistModule, startNumbers } from '../lib/modules.js';
import { embeddedBytes, embeddedText } from './resources.js';

const RULES_LIMIT = 1024 * 1024;
const PROFILE_LIMIT = 64 * 1024; // the engine's own limit: a larger file is never copied into it
let numbers;
const checklists = new Map(); // rules URL ('' for the built-in rules) and profile URL → Promise<Checklist>
const checkers = new Map();
const profileProblems = new WeakMap(); // Checklist → why its profile-url could not be used

/** Resolves to the page's NumberChecker. */
export function sharedNumbers() {
  numbers ??= embeddedBytes('iin-checker-core.wasm').then((bytes) => startNumbers({ bytes: bytes ?? undefined }));
  numbers.catch(() => {
    numbers = undefined;
  }); // a later element may try again
  return numbers;
}

/**
 * A host's file as text: the rules, or (`profile`) a mission profile. An Error with code
 * 'rules_unavailable' (a ProfileError 'profile_unavailable') when it cannot be had.
 */
async function fileText(url, { profile = false } = {}) {
  const limit = profile ? PROFILE_LIMIT : RULES_LIMIT;
  const fail = (reason, cause) =>
    profile
      ? Object.assign(new ProfileError(`could not load ${url}: ${reason}`, { code: 'profile_unavailable' }), {
          url,
          cause,
        })
      : Object.assign(new Error(`Could not load the rules from ${url}: ${reason}`), {
          code: 'rules_unavailable',
          url,
          cause,
        });
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw fail(error.message, error);
  }
  if (!response.ok) throw fail(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > limit) throw fail(`the file has ${text.length} characters; the limit is ${limit}`);
  return text;
}

// The rules the site ships: carried by the single file, inlined by a bundler, or beside the modules.
async function builtInRulesText() {
  const embedded = await embeddedText('ruleset.json');
  if (embedded !== null) return embedded;
  const { url, rules } = builtInRules();
  return url ? fileText(url.href) : JSON.stringify(rules);
}

/**
 * Resolves to the checklist engine with the rules at `rulesUrl` ('' for the built-in ones) and
 * the mission profile at `profileUrl` ('' for none). Rejects with a RulesetError (the rules were
 * refused: its `path` says where), an Error with code 'rules_unavailable', or a start-up code
 * ('load_failed', 'corrupt_module', 'unsupported'). A profile that cannot be used never stops
 * it: the engine then works without one, and profileProblem() says why.
 */
export function sharedChecklist(rulesUrl = '', profileUrl = '') {
  const key = `${rulesUrl} ${profileUrl}`;
  if (!checklists.has(key)) {
    const loading = (async () => {
      const [core, rules, profile, numbers, { Checklist }] = await Promise.all([
        embeddedBytes('iin-checklist-core.wasm').then((bytes) => startChecklistModule({ bytes: bytes ?? undefined })),
        rulesUrl ? fileText(rulesUrl) : builtInRulesText(),
        profileUrl ? fileText(profileUrl, { profile: true }).catch((error) => error) : undefined,
        sharedNumbers(), // it says whether a number the applicant gives is an IIN
        import('../lib/checklist.js'),
      ]);
      if (profile === undefined) return new Checklist(core, rules, numbers);
      try {
        if (profile instanceof Error) throw profile;
        return new Checklist(core, rules, numbers, profile);
      } catch (error) {
        if (!(error instanceof ProfileError)) throw error;
        const checklist = new Checklist(core, rules, numbers);
        profileProblems.set(checklist, error);
        return checklist;
      }
    })();
    loading.catch(() => checklists.delete(key));
    checklists.set(key, loading);
  }
  return checklists.get(key);
}

/** Why the element's profile-url could not be used (a ProfileError), or null. */
export function profileProblem(checklist) {
  return profileProblems.get(checklist) ?? null;
}

/** The whole checker (the public API's Checker) with the rules at `rulesUrl` and the profile at `profileUrl`. */
export function sharedChecker(rulesUrl = '', profileUrl = '') {
  const key = `${rulesUrl} ${profileUrl}`;
  if (!checkers.has(key)) {
    const loading = Promise.all([
      sharedNumbers(),
      sharedChecklist(rulesUrl, profileUrl),
      import('../lib/checker.js'),
    ]).then(([numberChecker, checklist, { Checker }]) => new Checker(numberChecker, checklist));
    loading.catch(() => checkers.delete(key));
    checkers.set(key, loading);
  }
  return checkers.get(key);
}
