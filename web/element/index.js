// iin-checker/element for tools that read no "exports" (Parcel by default): the folder's index.
// Everything else reaches ../iin-checker-element.js through "exports".
import '../parcel/files.js';

export * from '../iin-checker-element.js';
