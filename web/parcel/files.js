// Parcel, by default, reads no "exports": it starts from the package's "module" field (the API,
// ./iin-checker.js here) or element/index.js (the element), which import this first. It follows
// new URL('…', import.meta.url) to the .wasm files, but it would turn ruleset.json into
// JavaScript (parcel-bundler/parcel#7151): the rules come as a module instead, imported when the
// checklist is first wanted.

import { locateFiles } from '../lib/modules.js';

locateFiles({ 'ruleset.json': () => import('../ruleset.json') });
