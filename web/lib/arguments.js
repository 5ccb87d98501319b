// Argument checks shared by the public API: clear TypeErrors instead of confusing results.

import { typeError } from './errors.js';

const PREVIEW = 40;

/** A value as a message names it: 'the number 5', 'the text "abc"', 'undefined', 'an object'. */
export function describe(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return (
        `the text ${JSON.stringify(value.length > PREVIEW ? `${value.slice(0, PREVIEW)}…` : value)}` +
        (value.length > PREVIEW ? ` (${value.length} characters)` : '')
      );
    case 'number':
    case 'bigint':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

export function requireString(value, what) {
  if (typeof value === 'string') return;
  if (typeof value === 'number' || typeof value === 'bigint') {
    throw typeError(
      what,
      `${what} must be a string, not the number ${value}: as a number it has lost any leading ` +
        `zeros (061211600012 becomes 61211600012). Pass the digits as text, e.g. '061211600012'.`,
    );
  }
  throw typeError(what, `${what} must be a string of digits, not ${describe(value)}.`);
}

/**
 * Refuses a non-object and unknown keys (TypeError, code 'unknown_key'). `path`, when given, is
 * what the object is called in the error's path: 'options' makes an unknown key 'options.x'.
 */
export function requireKnownKeys(object, known, what, path) {
  if (object === undefined) return;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    throw typeError(path ?? what, `${path ?? what} must be an object, not ${describe(object)}.`);
  }
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw typeError(
        path ? `${path}.${key}` : key,
        `Unknown ${what} '${key}'; the known ones are ${known.join(', ')}.`,
        'unknown_key',
      );
    }
  }
}
