// The page's own strings, read from the built site, so tests can expect them in any language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from '../js/site.mjs';

export const LANGUAGES = ['en', 'ru', 'kk'];
const cache = {};

export function strings(language) {
  cache[language] ??= JSON.parse(readFileSync(path.join(siteDir, 'i18n', `${language}.json`), 'utf8'));
  return cache[language];
}

/** The text of `key` in `language` with its {placeholders} filled. */
export function text(language, key, values = {}) {
  return strings(language)[key].replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The fixed part of a message: the longest stretch of it between placeholders. */
export function fixedPart(language, key) {
  return strings(language)[key].split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0].trim();
}
