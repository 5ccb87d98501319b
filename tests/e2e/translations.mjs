// The page's own strings (web/i18n, which the build turns into modules), so tests can expect
// them in any language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const i18nDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/i18n');

export const LANGUAGES = ['en', 'ru', 'kk'];
const cache = {};

export function strings(language) {
  cache[language] ??= JSON.parse(readFileSync(path.join(i18nDir, `${language}.json`), 'utf8'));
  return cache[language];
}

/** The text of `key` in `language` with its {placeholders} filled. */
export function text(language, key, values = {}) {
  return strings(language)[key].replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The fixed part of a message: the longest stretch of it between placeholders. */
export function fixedPart(language, key) {
  return strings(language)
    [key].split(/\{\w+\}/)
    .sort((a, b) => b.length - a.length)[0]
    .trim();
}
