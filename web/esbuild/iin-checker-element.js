// <iin-checker> for esbuild: the files located first (./files.js), then the element.
import './files.js';

export * from '../iin-checker-element.js';
