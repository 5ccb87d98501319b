// The page's own words in English, Russian and Kazakh (i18n/*.json, which the build turns into
// the modules in generated/), and dates in the reader's language. Rule texts come from the
// ruleset; these are labels and messages. Each embedded checker has its own translator, so two on
// one page may speak different languages. Only the languages in use are loaded: from where the
// code is (bundlers take them along), or from an element's base-url folder.

import { KEYS } from '../generated/word-keys.js';
import { importUrl } from '../lib/import-url.js';
import { embeddedText } from './resources.js';

export const LANGUAGES = ['en', 'ru', 'kk'];
// Literal import() calls, so that every bundler finds the three modules. Each holds its words in
// the order of KEYS, which all three share.
const WORDS = {
  en: () => import('../generated/words-en.js'),
  ru: () => import('../generated/words-ru.js'),
  kk: () => import('../generated/words-kk.js'),
};
// The single file carries the words as data (scripts/build-offline.mjs), beside the modules.
async function wordsFrom(code, folder) {
  if (folder) return importUrl(new URL(`generated/words-${code}.js`, folder));
  const embedded = await embeddedText(`words-${code}.json`);
  return embedded ? { WORDS: JSON.parse(embedded) } : WORDS[code]();
}
const LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };
const loaded = {};
const fromIso = (iso) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

// Browsers may ship a language without its month names (Chromium's Kazakh gives "1990 M11 23"):
// then the translation's own names and patterns are used.
function intlHasMonthNames(locale) {
  const month =
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
      .formatToParts(fromIso('2000-01-15'))
      .find((part) => part.type === 'month')?.value ?? '1';
  return !/\d/.test(month);
}

/**
 * The translator of `language`, or, when its words cannot be had (offline, never loaded here), of
 * the first language that can: resolves to { i18n, missed } where `missed` is the error that kept
 * `language` out (null when it loaded). Rejects with that error only if no language loads.
 * `folder`: where the words are (an element's base-url), if not with the code.
 */
export async function translatorOrFallback(language, folder) {
  try {
    return { i18n: await translator(language, folder), missed: null };
  } catch (missed) {
    for (const other of LANGUAGES.filter((code) => code !== language)) {
      try {
        return { i18n: await translator(other, folder), missed };
      } catch {
        // not at hand either: the next one
      }
    }
    throw missed;
  }
}

/**
 * Resolves to { language, t, formatDate, formatMonth, formatNumber, count, ordinal, translate(root) };
 * `folder` as for translatorOrFallback().
 */
export async function translator(language, folder) {
  const code = LANGUAGES.includes(language) ? language : 'en';
  const key = `${code} ${folder?.href ?? ''}`;
  loaded[key] ??= wordsFrom(code, folder)
    .then((module) => Object.fromEntries(KEYS.map((name, i) => [name, module.WORDS[i]])))
    .catch((error) => {
      delete loaded[key]; // a later call may try again
      throw error;
    });
  const strings = await loaded[key];
  const locale = LOCALES[code];
  const intlComplete = intlHasMonthNames(locale);
  const plurals = new Intl.PluralRules(locale);
  const ordinals = new Intl.PluralRules(locale, { type: 'ordinal' });

  // A value that ends a sentence with its own full stop ("26 ноября 2026 г.") takes the place of
  // the text's: never "г..".
  function t(key, values = {}) {
    const text = strings[key];
    if (text === undefined) throw new Error(`No "${key}" in the ${code} translation.`);
    return text.replace(/\{(\w+)\}(\.?)/g, (whole, name, stop) => {
      if (!(name in values)) return whole;
      const value = String(values[name]);
      return stop && value.endsWith('.') ? value : value + stop;
    });
  }

  function fromTranslation(pattern, iso) {
    const date = fromIso(iso);
    const list = (key) => t(key).split(',');
    return t(pattern, {
      day: date.getUTCDate(),
      month: list(pattern === 'monthYear' ? 'monthsStandalone' : 'months')[date.getUTCMonth()],
      year: date.getUTCFullYear(),
      weekday: list('weekdays')[(date.getUTCDay() + 6) % 7],
    });
  }

  return {
    language: code,
    t,
    /** "23 November 1990" from 'YYYY-MM-DD'; with the weekday when `weekday` is true. */
    formatDate(iso, weekday = false) {
      if (!intlComplete) return fromTranslation(weekday ? 'dateFull' : 'dateLong', iso);
      return new Intl.DateTimeFormat(locale, { dateStyle: weekday ? 'full' : 'long', timeZone: 'UTC' }).format(
        fromIso(iso),
      );
    },
    /** "January 1994" from 'YYYY-MM'. */
    formatMonth(isoMonth) {
      if (!intlComplete) return fromTranslation('monthYear', isoMonth);
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        fromIso(isoMonth),
      );
    },
    formatNumber(n) {
      return new Intl.NumberFormat(locale).format(n);
    },
    /** The words for a count in the language's plural form: `key`_one, _few, _many or _other, {count} filled. */
    count(key, n) {
      const form = `${key}_${plurals.select(n)}`;
      return t(form in strings ? form : `${key}_other`, { count: new Intl.NumberFormat(locale).format(n) });
    },
    /**
     * The words for the `n`th in the language's ordinal form (CLDR: "21st", "22nd", "23rd", "24th"):
     * `key`_one, _two or _few where the language has that form, else `key`; `values` filled.
     */
    ordinal(key, n, values) {
      const form = `${key}_${ordinals.select(n)}`;
      return t(form in strings ? form : key, values);
    },
    /** Puts the words into every [data-i18n] / [data-i18n-label] node under `root`. */
    translate(root) {
      for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
      for (const node of root.querySelectorAll('[data-i18n-label]'))
        node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    },
  };
}
