// esbuild leaves new URL('…', import.meta.url) alone (evanw/esbuild#795), so the bundle would
// look for the .wasm files beside itself. With --loader:.wasm=file, these imports make esbuild
// copy them into the output folder and give their paths, which lib/modules.js then uses. The
// rules come along as an object (esbuild's JSON loader): written back as text, they are the very
// file the site ships, which the engine recognises.
// Reached through the package's "esbuild" export condition: --conditions=esbuild,module.

import numberWasm from '../iin-checker-core.wasm';
import checklistWasm from '../iin-checklist-core.wasm';
import rules from '../ruleset.json';
import { locateFiles } from '../lib/modules.js';

locateFiles({
  'iin-checker-core.wasm': new URL(numberWasm, import.meta.url),
  'iin-checklist-core.wasm': new URL(checklistWasm, import.meta.url),
  'ruleset.json': rules,
});
