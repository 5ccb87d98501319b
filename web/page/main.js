// The IIN Checker page: chooses the language, translates the page's own header and footer, and
// hands the rest to the <iin-checker> element. Also registers the service worker (offline use).

import { LANGUAGES, translator } from '../element/i18n.js';
import { answersStore } from '../element/state.js';
import { allowOwnScriptsByDefault, scriptUrl } from '../element/trusted-types.js';

const STORED_LANGUAGE = 'iin-checker-language';
const url = answersStore(true);
const select = document.getElementById('language');
const remember = document.getElementById('remember-language');
const checker = document.getElementById('checker');

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked: nothing is remembered
  }
}

// The URL first; then a choice the person asked us to remember; then the browser's languages.
function chooseLanguage() {
  const fromUrl = url.read().lang;
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  const remembered = storage()?.getItem(STORED_LANGUAGE);
  if (LANGUAGES.includes(remembered)) return remembered;
  const preferred = navigator.languages?.map((tag) => tag.slice(0, 2).toLowerCase()) ?? [];
  return preferred.find((code) => LANGUAGES.includes(code)) ?? 'en';
}

async function useLanguage(language) {
  document.documentElement.lang = language;
  select.value = language;
  checker.setAttribute('lang', language);
  const i18n = await translator(language);
  i18n.translate(document.body);
  document.title = i18n.t('brand');
  if (remember.checked) storage()?.setItem(STORED_LANGUAGE, language);
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
  if (LANGUAGES.includes(lang) && lang !== select.value) useLanguage(lang);
});
allowOwnScriptsByDefault();
useLanguage(chooseLanguage());
await import('../iin-checker-element.js'); // after the element has its language

// Offline use is a bonus: the page works without it. The worker starts once the checker works,
// so its downloads never delay the first check.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  checker.addEventListener(
    'iin-ready',
    () => {
      navigator.serviceWorker.register(scriptUrl(new URL('../sw.js', import.meta.url))).catch(() => {});
    },
    { once: true },
  );
}
