// iin-checker/element where "exports" is not read (TypeScript's node10 resolution): the same types.
export * from '../iin-checker-element.js';
