// The public API for esbuild: the files located first (./files.js), then the API itself.
import './files.js';

export * from '../iin-checker.js';
