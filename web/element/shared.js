// What the elements on a page share: one compiled number checker, and one checklist engine per
// rules file (the engine holds one ruleset at a time). Each loads on first use, so an element
// that only checks numbers never downloads the checklist engine.

import { builtInRules, startChecklistModule, startNumbers } from '../lib/modules.js';
import { embeddedBytes, embeddedText } from './resources.js';

const RULES_LIMIT = 1024 * 1024;
let numbers;
const checklists = new Map();  // rules URL ('' for the built-in rules) → Promise<Checklist>
const checkers = new Map();

/** Resolves to the page's NumberChecker. */
export function sharedNumbers() {
  numbers ??= embeddedBytes('iin-checker-core.wasm').then((bytes) => startNumbers({ bytes: bytes ?? undefined }));
  numbers.catch(() => { numbers = undefined; });  // a later element may try again
  return numbers;
}

/** A host's rules file as JSON text; an Error with code 'rules_unavailable' when it cannot be had. */
async function rulesText(url) {
  const fail = (reason, cause) => Object.assign(new Error(`Could not load the rules from ${url}: ${reason}`), { code: 'rules_unavailable', url, cause });
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw fail(error.message, error);
  }
  if (!response.ok) throw fail(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > RULES_LIMIT) throw fail(`the file has ${text.length} characters; the limit is ${RULES_LIMIT}`);
  return text;
}

// The rules the site ships: carried by the single file, inlined by a bundler, or beside the modules.
async function builtInRulesText() {
  const embedded = embeddedText('ruleset.json');
  if (embedded !== null) return embedded;
  const { url, rules } = builtInRules();
  return url ? rulesText(url.href) : JSON.stringify(rules);
}

/**
 * Resolves to the checklist engine with the rules at `rulesUrl` ('' for the built-in ones).
 * Rejects with a RulesetError (the rules were refused: its `path` says where), an Error with
 * code 'rules_unavailable', or a start-up code ('load_failed', 'corrupt_module', 'unsupported').
 */
export function sharedChecklist(rulesUrl = '') {
  if (!checklists.has(rulesUrl)) {
    const loading = (async () => {
      const [core, rules, numbers, { Checklist }] = await Promise.all([
        embeddedBytes('iin-checklist-core.wasm').then((bytes) => startChecklistModule({ bytes: bytes ?? undefined })),
        rulesUrl ? rulesText(rulesUrl) : builtInRulesText(),
        sharedNumbers(),  // it says whether a number the applicant gives is an IIN
        import('../lib/checklist.js'),
      ]);
      return new Checklist(core, rules, numbers);
    })();
    loading.catch(() => checklists.delete(rulesUrl));
    checklists.set(rulesUrl, loading);
  }
  return checklists.get(rulesUrl);
}

/** The whole checker (the public API's Checker) with the rules at `rulesUrl`, one per rules file. */
export function sharedChecker(rulesUrl = '') {
  if (!checkers.has(rulesUrl)) {
    const loading = Promise.all([sharedNumbers(), sharedChecklist(rulesUrl), import('../lib/checker.js')])
      .then(([numberChecker, checklist, { Checker }]) => new Checker(numberChecker, checklist));
    loading.catch(() => checkers.delete(rulesUrl));
    checkers.set(rulesUrl, loading);
  }
  return checkers.get(rulesUrl);
}
