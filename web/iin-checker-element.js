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
// word on accepting applications, shown in "My documents"), sync-url (keep the answers in the
// page's URL), base-url (the folder its files load from, for bundlers that do not copy them).
// Events (bubbling, composed): iin-check (detail: the check result, once per change),
// iin-checklist-change (detail: { answers, verdict }; also sent as checklist-change, its old
// name, until the next version), iin-ready (detail: { view }), iin-error (detail: { code,
// message, error }). A failure shows the reader a short message without addresses or JSON
// pointers; the host gets the details in iin-error and the console. A profile that cannot be
// used is said in "My documents", which then follows the national rules.
//
// Importing this module in Node (server-side rendering) defines nothing and throws nothing.

import { STARTUP_WORDS } from './generated/startup-words.js';
import { MARKUP } from './generated/markup.js';
import { STYLES } from './generated/styles.js';
import { RulesetError } from './lib/errors.js';
import { folderUrl } from './lib/modules.js';
import { START_CODES, webAssemblyWorks } from './lib/start-module.js';
import { el, fill, fromTree } from './element/dom.js';
import { FormControl } from './element/form-control.js';
import { LANGUAGES, translator, translatorOrFallback } from './element/i18n.js';
import { setUpNumberView } from './element/number-view.js';
import { linkTo, sourceName } from './element/sources.js';
import { profileProblem, sharedChecker, sharedChecklist, sharedNumbers } from './element/shared.js';
import { answersStore } from './element/state.js';
import { trustedScriptPolicy } from './element/trusted-types.js';

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
  baseUrl: 'base-url',
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
  static observedAttributes = [
    'lang',
    'view',
    'channel',
    'category',
    'required',
    'rules-url',
    'profile-url',
    'base-url',
    'sync-url',
  ];
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
  #listening; // an AbortController for the page's events this element listens to while connected

  connectedCallback() {
    if (this.#ctx) this.#connect(); // put back into a page after it was removed
    this.#started ??= this.#start();
  }

  // What connectedCallback took, released: the page's events and what watches the page.
  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = undefined;
    this.#views.documents?.disconnect();
  }

  // Listens to the page while connected: Back, Forward and links opened in this tab, when the
  // answers live in the URL.
  #connect() {
    this.#listening?.abort();
    this.#listening = new AbortController();
    this.#views.documents?.connect();
    if (!this.#ctx.url.shared) return;
    window.addEventListener(
      'hashchange',
      () => {
        this.#showView(this.#viewFromUrl() ?? this.#firstView());
        // A link opened in this tab brings its answers; Back and Forward between views keep them.
        if (this.#ctx.url.isOwnEntry()) this.#views.documents?.render();
        else this.#views.documents?.restore();
      },
      { signal: this.#listening.signal },
    );
  }

  // sync-url set or removed after start: the answers move to the page's URL, or out of it.
  #useUrl() {
    const answers = this.#ctx.url.read();
    this.#ctx.url = answersStore(this.hasAttribute('sync-url'));
    this.#ctx.url.update(answers);
    if (this.isConnected) this.#connect();
    this.#views.documents?.render();
  }

  attributeChangedCallback(name, previous, value) {
    if (!this.#ctx || previous === value) return;
    if (name === 'lang') this.#useLanguage();
    else if (name === 'view') this.#showView(this.#viewFromUrl() ?? this.#firstView());
    else if (name === 'channel' || name === 'category') this.#usePresets();
    else if (name === 'required') this.#syncForm();
    else if (name === 'rules-url' || name === 'profile-url' || name === 'base-url') this.#useRules();
    else if (name === 'sync-url') this.#useUrl();
  }

  /** The checker this element uses (with its rules-url, profile-url and base-url, if any): the public API, for the host. */
  get checker() {
    return sharedChecker(this.#files());
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

  #address(attribute) {
    const url = this.getAttribute(attribute);
    return url ? new URL(url, document.baseURI).href : '';
  }

  // The folder base-url names, or undefined: the files are then where the code finds them (so
  // too for a base-url that is no address at all).
  #folder() {
    const url = this.getAttribute('base-url');
    try {
      return url ? folderUrl(url, 'base-url') : undefined;
    } catch {
      return undefined;
    }
  }

  // Where this element's checklist engine reads its files (element/shared.js).
  #files() {
    return { rulesUrl: this.#address('rules-url'), profileUrl: this.#address('profile-url'), folder: this.#folder() };
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

  // For the host: iin-error, and a line in the console (an error when nothing works, else a warning).
  // `file`: the address of the file to blame, when the error does not name it.
  #fail(code, error, { started = true, file } = {}) {
    const said = error?.message ?? String(error);
    const message = file && !said.includes(file) ? `${said} (in ${file})` : said;
    // eslint-disable-next-line no-console -- the host's developer reads it there (the reader sees plain words)
    (started ? console.warn : console.error)(`<iin-checker> ${code}: ${message}`);
    this.#emit('iin-error', { code, message, error });
  }

  // A failure before any view works: a short message in the reader's language, and iin-error.
  // Before the translation is in (no browser support, no words at all) the few words that come
  // with the code (generated/startup-words.js) say it.
  #failToStart(code, error) {
    const shown = START_CODES.includes(code) ? code : 'load_failed';
    const words = this.#ctx
      ? this.#ctx.i18n.t(`error_${shown}`)
      : (STARTUP_WORDS[this.#language()] ?? STARTUP_WORDS.en)[`error_${shown}`];
    if (shown !== 'unsupported') this.#root.adoptedStyleSheets = [sharedStyleSheet()];
    fill(this.#root, el('p', { role: 'alert', part: 'error', class: 'notice' }, words));
    this.#fail(code, error, { started: false });
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
      ({ i18n, missed } = await translatorOrFallback(this.#language(), this.#folder()));
      if (missed) this.#fail('load_failed', missed);
      else if (i18n.language !== this.#language())
        ({ i18n } = await translatorOrFallback(this.#language(), this.#folder())); // lang changed meanwhile
    } catch (error) {
      this.#failToStart('load_failed', error);
      return;
    }
    this.#root.adoptedStyleSheets = [sharedStyleSheet()];
    fill(this.#root, fromTree(MARKUP));
    const root = this.#root;
    // The element's forms only gather answers: none ever navigates, even before its view is set up.
    root.addEventListener('submit', (event) => event.preventDefault(), true);
    this.#ctx = {
      i18n,
      $: (id) => root.getElementById(id),
      emit: (name, detail) => this.#fromView(name, detail),
      url: answersStore(this.hasAttribute('sync-url')),
      presets: {},
      folder: () => this.#folder(), // base-url's, or undefined
    };
    this.#checkTrustedTypes();
    this.#readPresets();
    this.#setUpTabs();
    i18n.translate(root);
    this.#ctx.$('startup').hidden = true;
    const first = this.#viewFromUrl() ?? this.#firstView();
    this.#showView(first);
    if (this.isConnected) this.#connect();
    this.formDisabledCallback(this.#disabled);
  }

  // The compiled module the first view needs starts downloading with the words, not after them.
  #startLoading() {
    const ignore = () => {}; // failures are reported when the view asks for the module
    if (this.#mode() === 'documents') sharedChecklist(this.#files()).catch(ignore);
    else sharedNumbers(this.#folder()).catch(ignore);
  }

  // "Check many" starts its worker through the Trusted Types policy "iin-checker": a page whose
  // trusted-types list lacks it hears so at once (the view then checks on the page's own thread).
  #checkTrustedTypes() {
    if (this.#mode() !== 'all' && this.#mode() !== 'many') return;
    try {
      trustedScriptPolicy();
    } catch (error) {
      const hint = new Error(
        "This page's Content-Security-Policy does not allow the Trusted Types policy iin-checker: add it to the " +
          'trusted-types directive (trusted-types iin-checker …). Until then "Check many" runs on the page\'s ' +
          `main thread, more slowly. The browser said: ${error.message}`,
        { cause: error },
      );
      this.#fail('trusted_types_blocked', hint);
    }
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
        this.#numbers = await sharedNumbers(this.#folder());
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
      situation: (answers) => engine.current.situation(answers),
      categories: (options) => engine.current.categories(options),
      get rules() {
        return engine.current.rules;
      },
    };
    const view = (await VIEW_MODULES.documents())(this.#viewContext(checker));
    if (!this.isConnected) view.disconnect();
    return view;
  }

  // The checklist engine for this element's rules; null, with a message in the documents view
  // and an iin-error, when it cannot be had. "Check a number" goes on working either way. The
  // reader is told what it means for them; the file, its address and the JSON pointer go to the host.
  async #checklistOrMessage() {
    const section = this.#ctx.$('view-documents');
    section.querySelector('.rules-problem')?.remove();
    section.querySelector('.profile-problem')?.remove();
    try {
      const checklist = await sharedChecklist(this.#files());
      for (const child of section.children) child.classList.remove('rules-unavailable');
      this.#renderNotes(checklist);
      this.#reportProfile(checklist);
      return checklist;
    } catch (error) {
      const { t } = this.#ctx.i18n;
      const code =
        error instanceof RulesetError
          ? error.code === 'rules_unavailable'
            ? 'rules_unavailable'
            : 'rules_invalid'
          : START_CODES.includes(error?.code)
            ? error.code
            : 'load_failed';
      const words = { rules_unavailable: 'rulesUnavailable', rules_invalid: 'rulesInvalid' }[code] ?? `error_${code}`;
      for (const child of section.children) if (child.tagName !== 'H2') child.classList.add('rules-unavailable');
      section
        .querySelector('h2')
        .after(el('p', { role: 'alert', class: 'notice rules-problem', part: 'error' }, t(words)));
      this.#fail(code, error, { file: this.#address('rules-url') || undefined });
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
    const unavailable = problem.code === 'profile_unavailable';
    const text = this.#ctx.i18n.t(unavailable ? 'profileUnavailable' : 'profileInvalid');
    section.querySelector('h2').after(el('p', { role: 'alert', class: 'notice profile-problem', part: 'error' }, text));
    if (emit) {
      this.#fail(unavailable ? 'profile_unavailable' : 'profile_invalid', problem, {
        file: this.#address('profile-url'),
      });
    }
  }

  // After the first verdict, an element with tabs fetches the checklist engine while the reader
  // reads, so "My documents" opens at once, and works offline later. An element that shows only
  // "Check a number" never loads it.
  #loadChecklistInBackground() {
    if (this.#backgroundLoad || this.#mode() !== 'all') return;
    this.#backgroundLoad = sharedChecklist(this.#files()).then(
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
      sources.map((s) => el('li', {}, linkTo(s, s.title), ` — ${sourceName(s, i18n)}`)),
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
      this.#views.documents?.render(); // unless the view is still being set up: it then starts with this engine
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
