// The two compiled modules and the rules, and where their files are. The `new URL('…',
// import.meta.url)` literals are the pattern bundlers look for: webpack 5 and Vite copy each file
// into the build and rewrite the URL; unbundled, they name the files beside this folder. The
// checklist engine is started only when the checklist is wanted, so a page that checks numbers
// never loads it.

import { WASM_SHA256 } from '../generated/wasm-sha256.js';
import { typeError } from './errors.js';
import { NumberChecker } from './number-checker.js';
import { startError, startModule } from './start-module.js';

const NUMBER_WASM = 'iin-checker-core.wasm';
const CHECKLIST_WASM = 'iin-checklist-core.wasm';
const RULES = 'ruleset.json';

// Filled by esbuild/files.js: esbuild leaves new URL() alone, so that entry hands over the URLs
// its file loader gave the copied files (and the rules, which esbuild bundles as an object).
const located = {};

/** { 'iin-checker-core.wasm': URL, …, 'ruleset.json': URL or the rules }: where a bundler put the files. */
export function locateFiles(urls) {
  Object.assign(located, urls);
}

// In Node a relative wasmUrl is a path from the working folder, as paths are there.
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

/** The folder in `wasmUrl` as a URL ending in '/'. */
export function folderUrl(wasmUrl, what = 'options.wasmUrl') {
  const url = resolveUrl(wasmUrl, what);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function where(name, folder, fallback) {
  return folder ? new URL(name, folder) : (located[name] ?? fallback);
}

/** Starts the number checker. `folder`: a URL from folderUrl(); `bytes`: the .wasm, if at hand. */
export async function startNumbers({ folder, bytes } = {}) {
  const url = where(NUMBER_WASM, folder, new URL('../iin-checker-core.wasm', import.meta.url));
  return new NumberChecker(await startModule({ url, bytes, sha256: WASM_SHA256[NUMBER_WASM] }));
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
      throw startError('load_failed', `could not load the checklist engine's code: ${error.message}`, { cause: error });
    }),
  ]);
  return checklistCalls(core);
}

/** The rules the site ships: { url } of ruleset.json beside the modules, or { rules } a bundler inlined. */
export function builtInRules(folder) {
  const found = where(RULES, folder, new URL('../ruleset.json', import.meta.url));
  return found instanceof URL ? { url: found } : { rules: found };
}
