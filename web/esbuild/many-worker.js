// "Check many"'s worker for esbuild, which leaves new Worker(new URL(…)) alone: a second entry
// point of the host's build, written as many-worker.js beside the bundle's other files (the
// package README shows the command). Its .wasm is located first (./many-file.js).

import './many-file.js';
import '../element/many-worker.js';
