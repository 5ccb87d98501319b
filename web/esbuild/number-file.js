// The number checker's .wasm for esbuild (see ./files.js).

import numberWasm from '../iin-checker-core.wasm';
import { locateFiles } from '../lib/modules.js';

locateFiles({ 'iin-checker-core.wasm': new URL(numberWasm, import.meta.url) });
