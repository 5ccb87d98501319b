// The page's language, chosen before the page is drawn: its header and footer are in index.html in
// every language (written there at build time from i18n/*.json), and page/style.css shows the one
// <html lang> names, so that a link in Russian or Kazakh opens in that language while the rest
// loads. A classic script, run from <head>; page/language.js starts in the language chosen here.
(() => {
  const LANGUAGES = ['en', 'ru', 'kk']; // element/i18n.js's, which this script cannot import
  let remembered = null;
  try {
    remembered = localStorage.getItem('iin-checker-language'); // page/language.js keeps it
  } catch {
    // storage blocked: nothing is remembered
  }
  const fromUrl = new URLSearchParams(location.hash.slice(1)).get('lang');
  const preferred = (navigator.languages ?? []).map((tag) => tag.slice(0, 2).toLowerCase());
  // The URL first; then a choice the person asked us to remember; then the browser's languages.
  document.documentElement.lang = [fromUrl, remembered, ...preferred].find((code) => LANGUAGES.includes(code)) ?? 'en';
})();
