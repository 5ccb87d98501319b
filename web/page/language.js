// The page's language: chosen before the page is drawn (page/shell.js, which index.html runs in
// its <head>: the header and footer show in it at once), and taken up here before the element
// starts (page/main.js imports this module first), so that the element loads only the words it
// shows. Then the reader's choices: a language is shown once its words are at hand; one that cannot
// be loaded (offline, never loaded before) leaves the page in its language, with a note that says why.

import { LANGUAGES, translator, translatorOrFallback } from '../element/i18n.js';
import { answersStore } from '../element/state.js';
import { keepOffline } from './offline.js';

const STORED_LANGUAGE = 'iin-checker-language';
const url = answersStore(true);
const select = document.getElementById('language');
const remember = document.getElementById('remember-language');
const notice = document.getElementById('language-notice');
const checker = document.getElementById('checker');
let shown = null; // the translator of the language on screen
let wanted; // the language last asked for

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked: nothing is remembered
  }
}

function showLanguage(i18n) {
  const { language } = i18n;
  shown = i18n;
  document.documentElement.lang = language;
  select.value = language;
  checker.setAttribute('lang', language);
  document.title = i18n.t('brand');
  notice.textContent = '';
  if (remember.checked) storage()?.setItem(STORED_LANGUAGE, language);
  keepOffline(language);
}

// Words that cannot be had (offline, never loaded here): the page stays as it is, and says so.
function cannotShow(language) {
  select.value = shown.language;
  if (url.read().lang === language) url.update({ lang: shown.language });
  const name = select.querySelector(`option[value="${language}"]`).textContent;
  notice.textContent = shown.t('languageNeedsConnection', { language: name });
}

async function useLanguage(language) {
  wanted = language;
  let i18n;
  try {
    i18n = await translator(language);
  } catch {
    if (wanted === language && shown) cannotShow(language);
    return;
  }
  if (wanted === language) showLanguage(i18n);
}

// At start, words that cannot be had (offline, a link in a language never used here): the page
// opens in one that can, as the element does, and says why.
async function startIn(language) {
  wanted = language;
  let found;
  try {
    found = await translatorOrFallback(language);
  } catch {
    return; // no words at all: the element says, in its own words, that it could not start
  }
  if (wanted !== language) return; // the reader chose meanwhile
  showLanguage(found.i18n);
  if (found.missed) cannotShow(language);
}

remember.checked = storage()?.getItem(STORED_LANGUAGE) != null;
remember.disabled = storage() === null;
remember.addEventListener('change', () => {
  if (remember.checked) storage()?.setItem(STORED_LANGUAGE, select.value);
  else storage()?.removeItem(STORED_LANGUAGE);
});
select.addEventListener('change', () => {
  url.update({ lang: select.value });
  useLanguage(select.value);
});
window.addEventListener('hashchange', () => {
  const { lang } = url.read();
  if (LANGUAGES.includes(lang) && lang !== shown?.language) useLanguage(lang);
});

// The element reads its lang attribute when it starts: set now, before it is defined.
const chosen = document.documentElement.lang;
const first = LANGUAGES.includes(chosen) ? chosen : 'en';
select.value = first;
checker.setAttribute('lang', first);
startIn(first);
