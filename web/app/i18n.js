// The page's own words in English, Russian and Kazakh (i18n/*.json), and dates in the
// reader's language. Rule texts come from the ruleset; these are the page's labels and messages.

export const LANGUAGES = ['en', 'ru', 'kk'];
const LOCALES = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

let current = 'en';
let strings = {};

export async function useLanguage(language) {
  const response = await fetch(new URL(`../i18n/${language}.json`, import.meta.url));
  if (!response.ok) throw new Error(`Could not load the ${language} translation (${response.status}).`);
  strings = await response.json();
  current = language;
  document.documentElement.lang = language;
  translateStatic(document);
}

export const language = () => current;

/** The text for `key`, with {name} placeholders filled from `values`. */
export function t(key, values = {}) {
  const text = strings[key];
  if (text === undefined) throw new Error(`No "${key}" in the ${current} translation.`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export function translateStatic(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  document.title = t('brand');
}

const fromIso = (iso) => new Date(`${iso}T00:00:00Z`);
const complete = {};

// Browsers may ship a language without its month names (Chromium's Kazakh gives "1990 M11 23"):
// then the translation's own names and patterns are used.
function intlHasMonthNames() {
  complete[current] ??= !/\d/.test(new Intl.DateTimeFormat(LOCALES[current], { month: 'long', timeZone: 'UTC' })
    .formatToParts(fromIso('2000-01-15')).find((part) => part.type === 'month')?.value ?? '1');
  return complete[current];
}

function fromTranslation(pattern, iso) {
  const date = fromIso(iso.length === 7 ? `${iso}-01` : iso);
  const list = (key) => t(key).split(',');
  return t(pattern, {
    day: date.getUTCDate(),
    month: list(pattern === 'monthYear' ? 'monthsStandalone' : 'months')[date.getUTCMonth()],
    year: date.getUTCFullYear(),
    weekday: list('weekdays')[(date.getUTCDay() + 6) % 7],
  });
}

/** "23 November 1990" in the reader's language, from 'YYYY-MM-DD'. */
export function formatDate(iso, weekday = false) {
  if (!intlHasMonthNames()) return fromTranslation(weekday ? 'dateFull' : 'dateLong', iso);
  return new Intl.DateTimeFormat(LOCALES[current], {
    dateStyle: weekday ? 'full' : 'long', timeZone: 'UTC',
  }).format(fromIso(iso));
}

/** "January 1994" from 'YYYY-MM'. */
export function formatMonth(isoMonth) {
  if (!intlHasMonthNames()) return fromTranslation('monthYear', isoMonth);
  return new Intl.DateTimeFormat(LOCALES[current], { year: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(fromIso(`${isoMonth}-01`));
}

export function formatNumber(n) {
  return new Intl.NumberFormat(LOCALES[current]).format(n);
}
