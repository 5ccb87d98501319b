// <iin-checker>: the whole checker as one element for any page. One script tag; the module files
// sit beside this one. Shadow DOM keeps its styles in and the host's out; --iin-* custom
// properties theme it. Every element on a page shares one compiled module.
//
//   <script type="module" src="/iin/iin-checker-element.js"></script>
//   <iin-checker lang="ru" view="documents" channel="consulate"></iin-checker>
//
// Attributes: lang (en | ru | kk; else the page's language), view (number | documents | many |
// all), channel and category (preset answers), sync-url (keep the answers in the page's URL).
// Events (bubbling, composed): iin-check (detail: the check result), checklist-change (detail:
// { answers, verdict }).

import { createChecker } from './iin-checker.js';
import { el, fill } from './element/dom.js';
import { setUpDocumentsView } from './element/documents-view.js';
import { LANGUAGES, translator } from './element/i18n.js';
import { setUpManyView } from './element/many-view.js';
import { setUpNumberView } from './element/number-view.js';
import { isSingleFile, readBytes, readText } from './element/resources.js';
import { answersStore } from './element/state.js';

const VIEWS = ['number', 'documents', 'many'];
const shared = {};

function pageChecker() {
  shared.checker ??= (async () => {
    if (!isSingleFile()) return createChecker();
    const [checker, checklist] = await Promise.all([readBytes('iin-checker-core.wasm'), readBytes('iin-checklist-core.wasm')]);
    return createChecker({ wasmBinaries: { checker, checklist } });
  })();
  return shared.checker;
}

// The markup is a static, first-party file (element/checker.html), parsed once for all elements.
function markup() {
  shared.markup ??= readText('element/checker.html').then((html) =>
    new DOMParser().parseFromString(html, 'text/html').getElementById('iin-checker-markup'));
  return shared.markup;
}

// A constructed stylesheet works under a strict CSP (style-src 'self') and is shared by all.
function styles() {
  shared.styles ??= readText('element/checker.css').then((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return shared.styles;
}

export class IinCheckerElement extends HTMLElement {
  static observedAttributes = ['lang', 'view'];
  #root;
  #ctx;
  #views;
  #started;

  connectedCallback() {
    this.#started ??= this.#start().catch((error) => {
      fill(this.#root, el('p', { role: 'alert' }, `The IIN checker could not start: ${error.message}`));
    });
  }

  attributeChangedCallback(name) {
    if (!this.#ctx) return;
    if (name === 'lang') this.#useLanguage();
    if (name === 'view') this.#showView(this.#viewFromUrl() ?? this.#firstView());
  }

  /** The checker the element uses: the public API, for hosts that want to call it too. */
  get checker() {
    return pageChecker();
  }

  #language() {
    const own = this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const code = own.slice(0, 2).toLowerCase();
    return LANGUAGES.includes(code) ? code : 'en';
  }

  #mode() {
    const view = this.getAttribute('view') ?? 'all';
    return view === 'all' || VIEWS.includes(view) ? view : 'all';
  }

  #firstView() {
    return this.#mode() === 'all' ? 'number' : this.#mode();
  }

  #viewFromUrl() {
    const view = this.#ctx.url.read().view;
    return this.#mode() === 'all' && VIEWS.includes(view) ? view : null;
  }

  async #start() {
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.append(el('p', { role: 'status' }, 'Loading the IIN checker…'));
    const [template, sheet, checker, first] = await Promise.all([markup(), styles(), pageChecker(), translator(this.#language())]);
    const i18n = first.language === this.#language() ? first : await translator(this.#language());  // lang changed meanwhile
    this.#root.adoptedStyleSheets = [sheet];
    fill(this.#root, document.importNode(template.content, true));
    const root = this.#root;
    this.#ctx = {
      checker,
      i18n,
      $: (id) => root.getElementById(id),
      emit: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
      url: answersStore(this.hasAttribute('sync-url')),
      presets: Object.fromEntries(['channel', 'category'].filter((a) => this.hasAttribute(a)).map((a) => [a, this.getAttribute(a)])),
    };
    this.#views = {
      number: setUpNumberView(this.#ctx),
      documents: setUpDocumentsView(this.#ctx),
      many: setUpManyView(this.#ctx),
    };
    this.#setUpTabs();
    this.#translate();
    this.#ctx.$('startup').hidden = true;
    this.#showView(this.#viewFromUrl() ?? this.#firstView());
    if (this.#ctx.url.shared) {
      window.addEventListener('hashchange', () => {
        this.#showView(this.#viewFromUrl() ?? this.#firstView());
        // A link opened in this tab brings its answers; Back and Forward between views keep them.
        if (this.#ctx.url.isOwnEntry()) this.#views.documents.render();
        else this.#views.documents.restore();
      });
    }
    performance.mark('iin:ready');
  }

  #setUpTabs() {
    const tabs = this.#root.querySelector('.tabs');
    tabs.hidden = this.#mode() !== 'all';
    tabs.addEventListener('click', (event) => {
      const tab = event.target.closest('[data-view]');
      if (!tab) return;
      event.preventDefault();
      // A new history entry per switch of view, so that Back returns to the previous one.
      if (!tab.hasAttribute('aria-current')) this.#ctx.url.update({ view: tab.dataset.view }, { push: true });
      this.#showView(tab.dataset.view);
      this.#ctx.$(`view-${tab.dataset.view}`).querySelector('h2').focus();
    });
  }

  #showView(name) {
    const mode = this.#mode();
    const view = mode === 'all' ? name : mode;
    for (const section of this.#root.querySelectorAll('.view')) section.hidden = section.dataset.view !== view;
    for (const tab of this.#root.querySelectorAll('.tabs__tab')) {
      if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
  }

  async #useLanguage() {
    this.#ctx.i18n = await translator(this.#language());
    this.#translate();
  }

  #translate() {
    const { i18n, checker, $ } = this.#ctx;
    i18n.translate(this.#root);
    const { asOf, sources } = checker.categories(i18n.language);
    $('rules-as-of').textContent = i18n.t('rulesAsOf', { date: i18n.formatDate(asOf) });
    fill($('rules-sources'), sources.map((s) => el('li', {}, `${s.title} — ${s.publisher}, ${s.published}`)));
    for (const view of Object.values(this.#views)) view.render();
  }
}

if (!customElements.get('iin-checker')) customElements.define('iin-checker', IinCheckerElement);
