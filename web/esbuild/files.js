// esbuild leaves new URL('…', import.meta.url) alone (evanw/esbuild#795), so the bundle would
// look for the .wasm files beside itself. With --loader:.wasm=file, these imports make esbuild
// copy them into the output folder and give their paths, which lib/modules.js then uses. The
// rules come along as a module (esbuild's JSON loader), imported when the checklist is first
// wanted: written back as text, they are the very file the site ships, which the engine recognises.
// Reached through the package's "esbuild" export condition: --conditions=esbuild,module.

import './number-file.js';
import './many-file.js';
import checklistWasm from '../iin-checklist-core.wasm';
import { locateFiles } from '../lib/modules.js';

locateFiles({
  'iin-checklist-core.wasm': new URL(checklistWasm, import.meta.url),
  'ruleset.json': () => import('../ruleset.json'),
});
