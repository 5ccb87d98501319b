// Types for iin-checker-element.js: the <iin-checker> element, its events, and its tag in
// HTMLElementTagNameMap and in JSX (React's own JSX: import type {} from 'iin-checker/react').

import type { Answers, Assessment, Checker, Holdings, IdResult, Language, StartErrorCode } from './iin-checker.js';

export type IinCheckerView = 'all' | 'number' | 'documents' | 'many';

/** What went wrong, in iin-error's detail.code: the start-up codes, and those of the element's own files. */
export type IinErrorCode =
  | StartErrorCode
  /** The rules at rules-url (or the shipped ones) could not be fetched: "My documents" says so. */
  | 'rules_unavailable'
  /** The rules were refused: detail.error is a RulesetError with the JSON path. */
  | 'rules_invalid'
  /** The mission profile at profile-url could not be fetched: "My documents" follows the national rules. */
  | 'profile_unavailable'
  /** The mission profile at profile-url was refused: detail.error is a ProfileError with the JSON path. */
  | 'profile_invalid'
  /** The page's trusted-types directive lacks iin-checker: "Check many" runs on the main thread. */
  | 'trusted_types_blocked';

export interface IinChecklistChangeDetail {
  answers: Answers & Holdings;
  verdict: Assessment;
}

export interface IinReadyDetail {
  /** The view that became usable first. */
  view: Exclude<IinCheckerView, 'all'>;
}

export interface IinErrorDetail {
  code: IinErrorCode;
  /** English, for developers; the element shows its own words to the reader. */
  message: string;
  error: Error;
}

export interface IinCheckerEventMap {
  /** A number was checked: once per change of the result, not again on a language switch. */
  'iin-check': CustomEvent<IdResult>;
  /** The answers or the documents held changed in "My documents": once per change that gives a verdict. */
  'iin-checklist-change': CustomEvent<IinChecklistChangeDetail>;
  /** @deprecated The old name of iin-checklist-change, sent as well until the next version. */
  'checklist-change': CustomEvent<IinChecklistChangeDetail>;
  /** The first view can be used. */
  'iin-ready': CustomEvent<IinReadyDetail>;
  /** Something could not start; the element shows a short message in its language. */
  'iin-error': CustomEvent<IinErrorDetail>;
}

/** <iin-checker>: the checker as one element, and a form-associated control. */
export declare class IinCheckerElement extends HTMLElement {
  static readonly formAssociated: true;
  static readonly observedAttributes: string[];

  /** The checker the element uses (with its rules-url), for the host to call too. */
  readonly checker: Promise<Checker>;

  /** The attribute view: 'number' | 'documents' | 'many' | 'all' (the default, with tabs). */
  view: IinCheckerView | '';
  /** The preset answer "where will you apply" (attribute channel). */
  channel: string;
  /** The preset category (attribute category). */
  category: string;
  /** The name the number is submitted under. */
  name: string;
  /** The number: its 12 digits when valid, else the text as typed. Setting it checks it. */
  value: string;
  required: boolean;
  disabled: boolean;
  /** A ruleset of the host's own (attribute rules-url), validated before use. */
  rulesUrl: string;
  /**
   * A mission profile of the host's (attribute profile-url; see profile.schema.json), fetched and
   * validated before use: the mission's details in "My documents", the print-out and the calendar
   * file, and its word on accepting applications, closed days and extra categories for its channel.
   */
  profileUrl: string;
  /** Keep the answers in the page's URL fragment (attribute sync-url). */
  syncUrl: boolean;
  /**
   * The folder holding a copy of the package (attribute base-url): the .wasm files, the rules, the
   * words and the "Check many" worker load from it, for bundlers that leave them behind (Rollup).
   */
  baseUrl: string;

  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState | undefined;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly labels: NodeList | undefined;
  checkValidity(): boolean;
  reportValidity(): boolean;

  addEventListener<K extends keyof IinCheckerEventMap>(
    type: K,
    listener: (this: IinCheckerElement, event: IinCheckerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: IinCheckerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof IinCheckerEventMap>(
    type: K,
    listener: (this: IinCheckerElement, event: IinCheckerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: IinCheckerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The attributes of <iin-checker> (in JSX too). */
export interface IinCheckerAttributes {
  lang?: Language;
  view?: IinCheckerView;
  channel?: string;
  category?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  'rules-url'?: string;
  'profile-url'?: string;
  'sync-url'?: boolean;
  'base-url'?: string;
}

/** Listeners as React 19 attaches them to a custom element: on + the event's exact name. */
export interface IinCheckerEventProps {
  'oniin-check'?: (event: IinCheckerEventMap['iin-check']) => void;
  'oniin-checklist-change'?: (event: IinCheckerEventMap['iin-checklist-change']) => void;
  'oniin-ready'?: (event: IinCheckerEventMap['iin-ready']) => void;
  'oniin-error'?: (event: IinCheckerEventMap['iin-error']) => void;
}

declare global {
  interface HTMLElementTagNameMap {
    'iin-checker': IinCheckerElement;
  }
  // The events bubble out of the element (composed), so documents and windows hear them too.
  interface GlobalEventHandlersEventMap extends IinCheckerEventMap {}
  // Frameworks that read the global JSX namespace (Preact, Solid, older React types).
  namespace JSX {
    interface IntrinsicElements {
      'iin-checker': IinCheckerAttributes & { id?: string; class?: string; children?: unknown };
    }
  }
}
