// Starts the page: the language, the checker, the three views, and offline support.

import { createChecker } from '../iin-checker.js';
import { setUpDocumentsView } from './documents-view.js';
import { byId, el, fill } from './dom.js';
import { formatDate, language, LANGUAGES, t, useLanguage } from './i18n.js';
import { setUpManyView } from './many-view.js';
import { setUpNumberView } from './number-view.js';
import { readState, updateState } from './state.js';

const VIEWS = ['number', 'documents', 'many'];
const STORED_LANGUAGE = 'iin-checker-language';

// The URL first; then a choice the person asked us to remember; then the browser's languages.
function chooseLanguage() {
  const fromUrl = readState().lang;
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  let remembered = null;
  try {
    remembered = localStorage.getItem(STORED_LANGUAGE);
  } catch {
    // storage may be blocked; then nothing is remembered
  }
  if (LANGUAGES.includes(remembered)) return remembered;
  const preferred = navigator.languages?.map((tag) => tag.slice(0, 2).toLowerCase()) ?? [];
  return preferred.find((code) => LANGUAGES.includes(code)) ?? 'en';
}

function showView(name) {
  const view = VIEWS.includes(name) ? name : 'number';
  for (const section of document.querySelectorAll('.view')) section.hidden = section.dataset.view !== view;
  for (const tab of document.querySelectorAll('.tabs__tab')) {
    if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  return view;
}

function renderFooter({ sources, asOf }) {
  byId('footer-as-of').textContent = t('rulesAsOf', { date: formatDate(asOf) });
  fill(byId('footer-sources'), sources.map((s) => el('li', {}, `${s.title} — ${s.publisher}, ${s.published}`)));
}

function rememberLanguageControl(select) {
  const remember = byId('remember-language');
  try {
    remember.checked = localStorage.getItem(STORED_LANGUAGE) !== null;
  } catch {
    remember.disabled = true;
  }
  remember.addEventListener('change', () => {
    try {
      if (remember.checked) localStorage.setItem(STORED_LANGUAGE, select.value);
      else localStorage.removeItem(STORED_LANGUAGE);
    } catch {
      remember.checked = false;
    }
  });
  return () => remember.checked && localStorage.setItem(STORED_LANGUAGE, select.value);
}

async function start() {
  const select = byId('language');
  const initial = chooseLanguage();
  select.value = initial;
  const [checker] = await Promise.all([createChecker(), useLanguage(initial)]);

  const views = {
    number: setUpNumberView(checker),
    documents: setUpDocumentsView(checker),
    many: setUpManyView(checker),
  };
  const renderAll = () => {
    renderFooter(checker.categories(language()));
    views.documents.render();
    views.number.render();
    views.many.render();
  };
  renderAll();
  byId('startup').hidden = true;
  showView(readState().view);
  performance.mark('iin:ready');

  const storeLanguage = rememberLanguageControl(select);
  select.addEventListener('change', async () => {
    await useLanguage(select.value);
    updateState({ lang: select.value });
    storeLanguage();
    renderAll();
  });
  window.addEventListener('hashchange', () => {
    const state = readState();
    showView(state.view);
    if (LANGUAGES.includes(state.lang) && state.lang !== select.value) {
      select.value = state.lang;
      select.dispatchEvent(new Event('change'));
    }
    views.documents.restore();
  });
  for (const tab of document.querySelectorAll('.tabs__tab')) {
    tab.addEventListener('click', (event) => {
      event.preventDefault();
      updateState({ view: tab.dataset.view });
      byId('main').focus();
      showView(tab.dataset.view);
    });
  }
}

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname })
    .catch(() => {});  // offline support is a bonus; the page works without it
}

start().catch((error) => {
  const notice = byId('startup');
  notice.classList.add('notice--bad');
  notice.textContent = `The checker could not start: ${error.message}`;
});
