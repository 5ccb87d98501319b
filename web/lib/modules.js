// The three compiled modules and the rules, and where their files are. The `new URL('…',
// import.meta.url)` literals are the pattern bundlers look for: webpack 5 and Vite copy each file
// into the build and rewrite the URL; unbundled, they name the files beside this folder. A host
// whose bundler leaves them alone (Rollup) names the folder itself: baseUrl, the element's
// base-url. The checklist engine is started only when the checklist is wanted, and Check many's
// module only when a list is checked, so a page that checks numbers never loads them.

import { WASM_SHA256 } from '../generated/wasm-sha256.js';
import { typeError } from './errors.js';
import { NumberChecker } from './number-checker.js';
import { startError, startModule } from './start-module.js';

const NUMBER_WASM = 'iin-checker-core.wasm';
const CHECKLIST_WASM = 'iin-checklist-core.wasm';
const MANY_WASM = 'iin-many-core.wasm';
const RULES = 'ruleset.json';

// Filled by the esbuild/ and parcel/ entries, for bundlers that do not follow new URL() (esbuild)
// or turn ruleset.json into JavaScript (Parcel): the URLs their file loader gave the .wasm files,
// and the rules as a module to import.
const located = {};

/**
 * Where a bundler put the files: { 'iin-checker-core.wasm': URL, 'iin-checklist-core.wasm': URL,
 * 'iin-many-core.wasm': URL,
 * 'ruleset.json': () => import('…ruleset.json') }, any of them.
 */
export function locateFiles(files) {
  Object.assign(located, files);
}

// In Node a relative address is a path from the working folder, as paths are there.
function workingFolder() {
  const cwd = globalThis.process?.cwd?.();
  return cwd ? `file://${cwd.split('/').map(encodeURIComponent).join('/')}/` : undefined;
}

/** `url` (a URL; or a path from the page, or in Node the working folder) as a URL. */
export function resolveUrl(url, what) {
  if (!(typeof url === 'string' || url instanceof URL)) {
    throw typeError(what, `${what} must be a URL or a string, not ${typeof url}.`);
  }
  const base = globalThis.document?.baseURI ?? globalThis.location?.href ?? workingFolder();
  try {
    return new URL(url, base);
  } catch {
    throw typeError(what, `${what} "${url}" is not a URL.`);
  }
}

/** The folder at `url` (baseUrl) as a URL ending in '/'. */
export function folderUrl(url, what = 'options.baseUrl') {
  const folder = resolveUrl(url, what);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return folder;
}

function where(name, folder, fallback) {
  return folder ? new URL(name, folder) : (located[name] ?? fallback);
}

/** Starts the number checker. `folder`: a URL from folderUrl(); `bytes`: the .wasm, if at hand. */
export async function startNumbers({ folder, bytes } = {}) {
  const url = where(NUMBER_WASM, folder, new URL('../iin-checker-core.wasm', import.meta.url));
  return new NumberChecker(await startModule({ url, bytes, sha256: WASM_SHA256[NUMBER_WASM] }));
}

/** Starts Check many's module: resolves to its exports (lib/many-checker.js's startMany() wraps them). */
export function startManyModule({ folder, bytes } = {}) {
  const url = where(MANY_WASM, folder, new URL('../iin-many-core.wasm', import.meta.url));
  return startModule({ url, bytes, sha256: WASM_SHA256[MANY_WASM] });
}

/**
 * Starts the checklist engine's module: resolves to call(name, text) (see lib/checklist-core.js);
 * its rules are loaded by lib/checklist.js.
 */
export async function startChecklistModule({ folder, bytes } = {}) {
  const url = where(CHECKLIST_WASM, folder, new URL('../iin-checklist-core.wasm', import.meta.url));
  const [core, { checklistCalls }] = await Promise.all([
    startModule({ url, bytes, sha256: WASM_SHA256[CHECKLIST_WASM] }),
    import('./checklist-core.js').catch((error) => {
      throw startError('load_failed', `could not load the checklist engine's code: ${error.message}`, {
        file: 'lib/checklist-core.js',
        cause: error,
      });
    }),
  ]);
  return checklistCalls(core);
}

/**
 * The rules the site ships: { url } of ruleset.json in `folder` or beside the modules, or
 * { load } resolving to the rules a bundler made a module of.
 */
export function builtInRules(folder) {
  const found = where(RULES, folder, new URL('../ruleset.json', import.meta.url));
  // A JSON module: its default export (esbuild), or the object itself (Parcel's CommonJS interop).
  return typeof found === 'function'
    ? { load: () => found().then((module) => module.default ?? module) }
    : { url: found };
}
