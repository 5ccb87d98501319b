// Argument checks shared by the public API: clear TypeErrors instead of confusing results.

import { typeError } from './errors.js';

export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export function requireString(value, what) {
  if (typeof value === 'string') return;
  if (typeof value === 'number' || typeof value === 'bigint') {
    throw typeError(what,
      `${what} must be a string, not the number ${value}: as a number it has lost any leading ` +
        `zeros (061211600012 becomes 61211600012). Pass the digits as text, e.g. '061211600012'.`);
  }
  throw typeError(what, `${what} must be a string of digits, not ${describe(value)}.`);
}

export function requireKnownKeys(object, known, what) {
  if (object === undefined) return;
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    throw typeError(what, `${what} must be an object, not ${describe(object)}.`);
  }
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) {
      throw typeError(key, `Unknown ${what} '${key}'; the known ones are ${known.join(', ')}.`, 'unknown_key');
    }
  }
}
