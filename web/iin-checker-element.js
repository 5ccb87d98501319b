// <iin-checker>: the whole checker as one element for any page, and a form control. Shadow DOM
// keeps its styles in and the host's out; --iin-* custom properties and ::part() theme it. Its
// markup, styles and words come with this code (generated/); the compiled modules load when a
// view needs them: "Check a number" needs only the small number module, the checklist engine
// loads when "My documents" opens (or in the background after the first verdict, for offline).
//
//   <script type="module" src="/iin/iin-checker-element.js"></script>
//   <iin-checker lang="ru" view="documents" channel="consulate"></iin-checker>
//
// Attributes (each also a property, and each takes effect when changed): lang, view (number |
// documents | many | all), channel and category (preset answers), name, required, disabled,
// rules-url (a host's own rules), profile-url (a mission profile: the mission's details and its
// word on accepting applications, shown in "My documents"), sync-url (keep the answers in the page's URL).
// Events (bubbling, composed): iin-check (detail: the check result, once per change),
// iin-checklist-change (detail: { answers, verdict }; also sent as checklist-change, its old
// name, until the next version), iin-ready (detail: { view }), iin-error (detail: { code, message }).
// A profile that cannot be used is said in "My documents", which then follows the national rules.
//
// Importing this module in Node (server-side rendering) defines nothing and throws nothing.

import { STARTUP_WORDS } from './generated/startup-words.js';
import { MARKUP } from './generated/markup.js';
import { STYLES } from './generated/styles.js';
import { RulesetError } from './lib/errors.js';
import { webAssemblyWorks } from './lib/start-module.js';
import { el, fill, fromTree } from './element/dom.js';
import { FormControl } from './element/form-control.js';
import { LANGUAGES, translator, translatorOrFallback } from './element/i18n.js';
import { setUpNumberView } from './element/number-view.js';
import { sourceName } from './element/sources.js';
import { profileProblem, sharedChecker, sharedChecklist, sharedNumbers } from './element/shared.js';
import { answersStore } from './element/state.js';

const VIEWS = ['number', 'documents', 'many'];
const VIEW_MODULES = {
  documents: () => import('./element/documents-view.js').then((m) => m.setUpDocumentsView),
  many: () => import('./element/many-view.js').then((m) => m.setUpManyView),
};
const STRING_PROPERTIES = {
  view: 'view',
  channel: 'channel',
  category: 'category',
  name: 'name',
  rulesUrl: 'rules-url',
  profileUrl: 'profile-url',
};
const BOOLEAN_PROPERTIES = { required: 'required', disabled: 'disabled', syncUrl: 'sync-url' };
const Base = globalThis.HTMLElement ?? class {};
let styleSheet;

// A constructed stylesheet works under a strict CSP (style-src 'self') and is shared by all.
function sharedStyleSheet() {
  if (!styleSheet) {
    styleSheet = new CSSStyleSheet();
    styleSheet.replaceSync(STYLES);
  }
  return styleSheet;
}

function browserCanRun() {
  return (
    webAssemblyWorks() && 'adoptedStyleSheets' in ShadowRoot.prototype && typeof DecompressionStream === 'function'
  );
}

export class IinCheckerElement extends Base {
  static formAssociated = true;
  static observedAttributes = ['lang', 'view', 'channel', 'category', 'required', 'rules-url', 'profile-url'];
  #internals = this.attachInternals?.() ?? null;
  #form = new FormControl(this.#internals);
  #root;
  #ctx;
  #views = {};
  #viewsLoading = {};
  #started; // eslint-disable-line no-unused-private-class-members -- read by connectedCallback's ??=
  #numbers;
  #lastEmittedCheck;
  #pendingValue;
  #disabled = false;
  #ready = false;
  #documentsEngine; // { current: the checklist engine "My documents" asks }
  #backgroundLoad;
  #notesFrom; // the checklist engine the footer's notes come from

  connectedCallback() {
    this.#started ??= this.#start();
  }

  attributeChangedCallback(name, previous, value) {
    if (!this.#ctx || previous === value) return;
    if (name === 'lang') this.#useLanguage();
    else if (name === 'view') this.#showView(this.#viewFromUrl() ?? this.#firstView());
    else if (name === 'channel' || name === 'category') this.#usePresets();
    else if (name === 'required') this.#syncForm();
    else if (name === 'rules-url' || name === 'profile-url') this.#useRules();
  }

  /** The checker this element uses (with its rules-url and profile-url, if any): the public API, for the host. */
  get checker() {
    return sharedChecker(this.#rulesUrl(), this.#profileUrl());
  }

  /** The number in the field: its 12 digits when it is valid, else the text as typed. */
  get value() {
    return this.#ctx ? this.#form.value : (this.#pendingValue ?? '');
  }

  set value(text) {
    const field = this.#ctx?.$('number');
    if (!field) {
      this.#pendingValue = String(text ?? '');
      return;
    }
    field.value = String(text ?? '');
    field.dispatchEvent(new Event('input', { bubbles: true })); // the view groups and checks it
  }

  get form() {
    return this.#internals?.form ?? null;
  }
  get validity() {
    return this.#internals?.validity;
  }
  get validationMessage() {
    return this.#internals?.validationMessage ?? '';
  }
  get willValidate() {
    return this.#internals?.willValidate ?? false;
  }
  get labels() {
    return this.#internals?.labels;
  }
  checkValidity() {
    return this.#internals?.checkValidity() ?? true;
  }
  reportValidity() {
    return this.#internals?.reportValidity() ?? true;
  }

  formResetCallback() {
    this.value = '';
  }

  formStateRestoreCallback(state) {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled) {
    this.#disabled = disabled;
    if (this.#ctx) for (const child of this.#root.children) child.inert = disabled;
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

  #rulesUrl() {
    const url = this.getAttribute('rules-url');
    return url ? new URL(url, document.baseURI).href : '';
  }

  #profileUrl() {
    const url = this.getAttribute('profile-url');
    return url ? new URL(url, document.baseURI).href : '';
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // Events from the views, as the host hears them.
  #fromView(name, detail) {
    if (name === 'iin-check') {
      this.#loadChecklistInBackground();
      const key = JSON.stringify(detail); // language-free: a new language redraws, it changes nothing
      if (key === this.#lastEmittedCheck) return;
      this.#lastEmittedCheck = key;
      this.#emit('iin-check', detail);
    } else if (name === 'checklist-change' || name === 'iin-checklist-change') {
      this.#emit('iin-checklist-change', detail);
      this.#emit('checklist-change', detail); // the old name, kept until the next version
    } else {
      this.#emit(name, detail);
    }
  }

  #fail(code, error) {
    this.#emit('iin-error', { code, message: error?.message ?? String(error), error });
  }

  // A failure before any view works: a short message in the reader's language, and iin-error.
  #failToStart(code, error) {
    const words = STARTUP_WORDS[this.#language()] ?? STARTUP_WORDS.en;
    if (code !== 'unsupported') this.#root.adoptedStyleSheets = [sharedStyleSheet()];
    fill(
      this.#root,
      el(
        'p',
        { role: 'alert', part: 'error', class: 'notice' },
        code === 'unsupported' ? words.startUnsupported : words.startFailed,
      ),
    );
    this.#fail(code, error);
  }

  async #start() {
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    const words = STARTUP_WORDS[this.#language()] ?? STARTUP_WORDS.en;
    this.#root.append(el('p', { role: 'status', part: 'status' }, words.loading));
    if (!browserCanRun()) {
      this.#failToStart(
        'unsupported',
        new Error('This browser lacks WebAssembly SIMD, constructable stylesheets or DecompressionStream.'),
      );
      return;
    }
    this.#startLoading();
    let i18n;
    try {
      // Words that cannot be had (offline, a language never used here): another language that can.
      let missed;
      ({ i18n, missed } = await translatorOrFallback(this.#language()));
      if (missed) this.#fail('load_failed', missed);
      else if (i18n.language !== this.#language()) ({ i18n } = await translatorOrFallback(this.#language())); // lang changed meanwhile
    } catch (error) {
      this.#failToStart('load_failed', error);
      return;
    }
    this.#root.adoptedStyleSheets = [sharedStyleSheet()];
    fill(this.#root, fromTree(MARKUP));
    const root = this.#root;
    this.#ctx = {
      i18n,
      $: (id) => root.getElementById(id),
      emit: (name, detail) => this.#fromView(name, detail),
      url: answersStore(this.hasAttribute('sync-url')),
      presets: {},
    };
    this.#readPresets();
    this.#setUpTabs();
    i18n.translate(root);
    this.#ctx.$('startup').hidden = true;
    const first = this.#viewFromUrl() ?? this.#firstView();
    this.#showView(first);
    if (this.#ctx.url.shared) {
      window.addEventListener('hashchange', () => {
        this.#showView(this.#viewFromUrl() ?? this.#firstView());
        // A link opened in this tab brings its answers; Back and Forward between views keep them.
        if (this.#ctx.url.isOwnEntry()) this.#views.documents?.render();
        else this.#views.documents?.restore();
      });
    }
    this.formDisabledCallback(this.#disabled);
  }

  // The compiled module the first view needs starts downloading with the words, not after them.
  #startLoading() {
    const ignore = () => {}; // failures are reported when the view asks for the module
    if (this.#mode() === 'documents') sharedChecklist(this.#rulesUrl(), this.#profileUrl()).catch(ignore);
    else sharedNumbers().catch(ignore);
  }

  #readPresets() {
    const presets = this.#ctx.presets;
    for (const name of ['channel', 'category']) {
      if (this.hasAttribute(name)) presets[name] = this.getAttribute(name);
      else delete presets[name];
    }
  }

  // The viewer's context with one view's checker: the language and the rest stay shared.
  #viewContext(checker) {
    return Object.assign(Object.create(this.#ctx), { checker });
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
    this.#root.querySelector('.tabs').hidden = mode !== 'all';
    for (const section of this.#root.querySelectorAll('.view')) section.hidden = section.dataset.view !== view;
    for (const tab of this.#root.querySelectorAll('.tabs__tab')) {
      if (tab.dataset.view === view) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    this.#openView(view);
  }

  // Sets a view up the first time it is shown; the first view to work makes the element ready.
  #openView(name) {
    this.#viewsLoading[name] ??= this.#setUpView(name).then((view) => {
      if (!view) return;
      this.#views[name] = view;
      view.render();
      if (!this.#ready) {
        this.#ready = true;
        performance.mark('iin:ready');
        this.#emit('iin-ready', { view: name });
      }
    });
  }

  async #setUpView(name) {
    const section = this.#ctx.$(`view-${name}`);
    section.setAttribute('aria-busy', 'true');
    try {
      if (name === 'documents') return await this.#setUpDocuments();
      try {
        this.#numbers = await sharedNumbers();
      } catch (error) {
        this.#failToStart(error.code ?? 'load_failed', error);
        return null;
      }
      if (name === 'number') {
        const view = setUpNumberView(this.#viewContext(this.#numbers));
        this.#afterNumberView();
        return view;
      }
      return (await VIEW_MODULES[name]())(this.#viewContext(this.#numbers));
    } finally {
      section.removeAttribute('aria-busy');
    }
  }

  #afterNumberView() {
    const field = this.#ctx.$('number');
    field.addEventListener('input', () => this.#syncForm());
    if (this.#pendingValue !== undefined) {
      this.value = this.#pendingValue;
      this.#pendingValue = undefined;
    }
    this.#syncForm();
  }

  // The form's value and validity follow the field: is it a valid IIN or BIN at all (the view's
  // optional cross-checks are for the reader, not for the form).
  #syncForm() {
    const field = this.#ctx?.$('number');
    if (!field || !this.#numbers) return;
    const text = field.value;
    const result = text.trim() ? this.#numbers.check(text) : null;
    this.#form.update({ text, result, required: this.hasAttribute('required'), t: this.#ctx.i18n.t, anchor: field });
  }

  // "My documents" asks the checklist engine through this object, so that new rules (rules-url)
  // can replace the engine under a view that is already set up.
  async #setUpDocuments() {
    const engine = { current: await this.#checklistOrMessage() };
    if (!engine.current) {
      delete this.#viewsLoading.documents; // a new rules-url may succeed
      return null;
    }
    this.#documentsEngine = engine;
    const checker = {
      categories: (...args) => engine.current.categories(...args),
      checklist: (...args) => engine.current.checklist(...args),
      assess: (...args) => engine.current.assess(...args),
      changesSince: (...args) => engine.current.changesSince(...args),
      get rules() {
        return engine.current.rules;
      },
      mission: (...args) => engine.current.mission(...args),
    };
    return (await VIEW_MODULES.documents())(this.#viewContext(checker));
  }

  // The checklist engine for this element's rules; null, with a message in the documents view
  // and an iin-error, when it cannot be had. "Check a number" goes on working either way.
  async #checklistOrMessage() {
    const url = this.#rulesUrl();
    const section = this.#ctx.$('view-documents');
    section.querySelector('.rules-problem')?.remove();
    section.querySelector('.profile-problem')?.remove();
    try {
      const checklist = await sharedChecklist(url, this.#profileUrl());
      for (const child of section.children) child.classList.remove('rules-unavailable');
      this.#renderNotes(checklist);
      this.#reportProfile(checklist);
      return checklist;
    } catch (error) {
      const { t } = this.#ctx.i18n;
      const invalid = error instanceof RulesetError;
      const shown = url || 'iin-checklist-core.wasm';
      const text = invalid
        ? t('rulesInvalid', { url: shown, path: error.path || '/' })
        : t('rulesUnavailable', { url: shown });
      for (const child of section.children) if (child.tagName !== 'H2') child.classList.add('rules-unavailable');
      section.querySelector('h2').after(el('p', { role: 'alert', class: 'notice rules-problem', part: 'error' }, text));
      this.#fail(invalid ? 'rules_invalid' : (error.code ?? 'rules_unavailable'), error);
      return null;
    }
  }

  // A profile-url that could not be used: said above the questions (the view goes on with the
  // national rules), and sent as iin-error (not again when only the language changes).
  #reportProfile(checklist, { emit = true } = {}) {
    const section = this.#ctx.$('view-documents');
    section.querySelector('.profile-problem')?.remove();
    const problem = profileProblem(checklist);
    if (!problem) return;
    const { t } = this.#ctx.i18n;
    const url = this.#profileUrl();
    const unavailable = problem.code === 'profile_unavailable';
    const text = unavailable
      ? t('profileUnavailable', { url })
      : t('profileInvalid', { url, path: problem.path || '/' });
    section.querySelector('h2').after(el('p', { role: 'alert', class: 'notice profile-problem', part: 'error' }, text));
    if (emit) this.#fail(unavailable ? 'profile_unavailable' : 'profile_invalid', problem);
  }

  // After the first verdict, an element with tabs fetches the checklist engine while the reader
  // reads, so "My documents" opens at once, and works offline later. An element that shows only
  // "Check a number" never loads it.
  #loadChecklistInBackground() {
    if (this.#backgroundLoad || this.#mode() !== 'all') return;
    this.#backgroundLoad = sharedChecklist(this.#rulesUrl(), this.#profileUrl()).then(
      (checklist) => this.#renderNotes(checklist),
      () => {},
    );
  }

  // The footer's "rules as of" and sources, once the checklist engine is there.
  #renderNotes(checklist) {
    const { i18n, $ } = this.#ctx;
    const { asOf, sources } = checklist.categories(i18n.language);
    $('rules-as-of').textContent = i18n.t('rulesAsOf', { date: i18n.formatDate(asOf) });
    fill(
      $('rules-sources'),
      sources.map((s) => el('li', {}, `${s.title} — ${sourceName(s, i18n)}`)),
    );
    this.#notesFrom = checklist;
  }

  async #useRules() {
    this.#backgroundLoad = undefined;
    if (!this.#documentsEngine) {
      if (!this.#ctx.$('view-documents').hidden) this.#openView('documents');
      return;
    }
    const checklist = await this.#checklistOrMessage();
    if (checklist) {
      this.#documentsEngine.current = checklist;
      this.#views.documents.render();
    }
  }

  // New preset answers replace the ones given: the view redraws its questions from them, not
  // from the choices still marked on screen.
  #usePresets() {
    this.#readPresets();
    const { channel, category } = this.#ctx.presets;
    this.#ctx.url.update({ channel, category });
    if (!this.#views.documents) return;
    for (const choice of this.#ctx.$('questions').querySelectorAll('input[name="channel"], input[name="category"]'))
      choice.checked = false;
    this.#views.documents.restore();
  }

  async #useLanguage() {
    let i18n;
    try {
      i18n = await translator(this.#language());
    } catch (error) {
      this.#fail('load_failed', error); // its words cannot be had (offline): the element stays as it is
      return;
    }
    if (i18n.language !== this.#language()) return; // changed again meanwhile
    this.#ctx.i18n = i18n;
    i18n.translate(this.#root);
    if (this.#notesFrom) this.#renderNotes(this.#notesFrom);
    if (this.#documentsEngine) this.#reportProfile(this.#documentsEngine.current, { emit: false });
    for (const view of Object.values(this.#views)) view.render();
    this.#syncForm();
  }
}

for (const [property, attribute] of Object.entries(STRING_PROPERTIES)) {
  Object.defineProperty(IinCheckerElement.prototype, property, {
    get() {
      return this.getAttribute(attribute) ?? '';
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}
for (const [property, attribute] of Object.entries(BOOLEAN_PROPERTIES)) {
  Object.defineProperty(IinCheckerElement.prototype, property, {
    get() {
      return this.hasAttribute(attribute);
    },
    set(value) {
      this.toggleAttribute(attribute, Boolean(value));
    },
  });
}

if (globalThis.customElements && !customElements.get('iin-checker'))
  customElements.define('iin-checker', IinCheckerElement);
