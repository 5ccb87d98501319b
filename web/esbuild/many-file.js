// Check many's .wasm for esbuild (see ./files.js): all that its worker needs.

import manyWasm from '../iin-many-core.wasm';
import { locateFiles } from '../lib/modules.js';

locateFiles({ 'iin-many-core.wasm': new URL(manyWasm, import.meta.url) });
