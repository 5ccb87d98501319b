// Types for iin-checker.js, the public API of the IIN Checker.

export type Kind = 'iin' | 'bin' | 'unknown';
export type Gender = 'male' | 'female';

export type ErrorCode =
  | 'empty' | 'invalid_character' | 'too_short' | 'too_long' | 'unissuable_checksum' | 'checksum_mismatch'
  | 'invalid_birth_date' | 'invalid_century_code' | 'invalid_registration_month' | 'invalid_entity_type'
  | 'invalid_division' | 'kind_mismatch';
export type WarningCode = 'no_encoded_data' | 'birth_date_differs' | 'gender_differs';

export interface Issue<Code extends string> {
  code: Code;
  /** English, for developers; a page shows its own words keyed by `code`. */
  message: string;
  /** Zero-based index of the offending character in the input, counted in Unicode characters. */
  position?: number;
}

export interface IinData {
  birthDate: string;  // YYYY-MM-DD
  gender: Gender;
  century: 19 | 20 | 21;
  serial: string;
}

export interface BinData {
  registered: string;  // YYYY-MM
  entity: 'resident' | 'non_resident' | 'individual_entrepreneur';
  division: 'head' | 'branch' | 'representative' | 'farm';
  serial: string;
}

export interface IdResult {
  input: string;
  /** The digits, separators dropped. */
  normalized: string;
  valid: boolean;
  kind: Kind;
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
  checkDigit: number | null;
  expectedCheckDigit: number | null;
  iin: IinData | null;
  bin: BinData | null;
  /** Up to 5 valid numbers one slip away, when the check digit is wrong. */
  suggestions: string[];
}

export interface CheckOptions {
  /** A number that follows neither layout is an error rather than a warning. */
  strict?: boolean;
  /** Adds `kind_mismatch` when the number clearly is the other kind. */
  expect?: 'iin' | 'bin';
  /** YYYY-MM-DD; a decoded IIN that differs gets the warning `birth_date_differs`. */
  birthDate?: string;
  gender?: Gender;
}

export type LineOutcome = 'valid' | 'blank' | ErrorCode;

export interface BatchResult {
  /** Lines checked (blank lines in a text are skipped and not counted). */
  total: number;
  valid: number;
  invalid: number;
  blank: number;
  /** One byte per line or item: 0 valid, `blankCode` blank, else an index into `codeNames`. */
  codes: Uint8Array;
  codeNames: readonly string[];
  blankCode: number;
  outcome(index: number): LineOutcome;
  line(index: number): string;
  result(index: number): IdResult;
}

export interface CreateOptions {
  /**
   * The folder holding iin-checker-core.wasm and iin-checklist-core.wasm. By default the files
   * beside this module, or wherever a bundler put them. A relative path is read from the page
   * (in Node, from the working folder).
   */
  wasmUrl?: string | URL;
  /** The modules' bytes, when they are already at hand (a single-file build, a bundler). */
  wasmBinaries?: { checker?: BufferSource; checklist?: BufferSource };
  /** A ruleset of your own (object or JSON text), validated first; see wasm/rules/ruleset.json. */
  rules?: object | string;
  /** false: load only the number checker; categories/checklist/assess then throw. */
  checklist?: boolean;
}

export type Language = 'en' | 'ru' | 'kk';
export type ChannelId = 'consulate' | 'ministry' | 'psc' | 'egov' | (string & {});
export type Submission = 'in_person' | 'in_person_or_representative' | 'online';

export interface Named {
  id: string;
  title: string;
  /** Who this is for. */
  summary: string;
}

export interface Categories {
  asOf: string;
  channels: (Named & { whoMaySubmit: Submission; categories: Named[] })[];
  /** Every source the rules cite. */
  sources: Source[];
}

export interface Answers {
  channel: ChannelId;
  /** Required when the channel has categories (consulate, ministry). */
  category?: string;
  /** YYYY-MM-DD, for the age rules (child: under 16; senior: 65 or over). */
  birthDate?: string;
  /** YYYY-MM-DD; by default the device's local date. */
  today?: string;
  /** Someone else applies for the applicant. */
  representative?: boolean;
  lang?: Language;
}

export interface Holdings {
  /** Ids of the documents the applicant holds. */
  have?: string[];
  /** Document id → last day it is valid (YYYY-MM-DD). */
  expiries?: Record<string, string>;
  /** The day of applying (YYYY-MM-DD); by default `today`. */
  applyOn?: string;
  /** An IIN the applicant already holds: applying again would be refused. */
  iin?: string;
}

export interface ChecklistItem {
  id: string;
  title: string;
  detail: string;
  original: boolean;
  copy: boolean;
  notarizedTranslation: boolean;
  /** "If you have one": never missing. */
  optional: boolean;
  /** Any one of these. */
  oneOf?: ChecklistItem[];
  /** All of these together. */
  allOf?: ChecklistItem[];
}

export interface Reason {
  code: string;
  /** null: a condition to confirm yourself. */
  met: boolean | null;
  text: string;
  date?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  published: string;
  /** When the rules were last compared with this source. */
  checked: string;
}

export interface Ground {
  code: string;
  title: string;
  note?: string;
  source: Source;
}

export interface Checklist {
  channel: Named;
  category: Named | null;
  /** false when a rule rules the applicant out. */
  eligible: boolean;
  eligibility: Reason[];
  items: ChecklistItem[];
  whoMaySubmit: { code: Submission; text: string };
  term: { workingDays: number | null; text: string; note: string };
  refusalGrounds: { accept: Ground[]; form: Ground[] };
  sources: Source[];
  asOf: string;
  /** Older rules, kept as history: never current. */
  history: { id: string; text: string; superseded: true; source: Source; supersededBy: Source }[];
}

export interface Assessment {
  ready: boolean;
  eligible: boolean;
  missing: { id: string; title: string }[];
  expired: { id: string; title: string; expiredOn: string }[];
  /** incomplete_package, expired_document, not_eligible, previously_registered_iin. */
  grounds: Ground[];
  /** The next working day after applyOn, when the channel has a fixed term. */
  readyBy: string | null;
  readyByNote: string;
}

export interface Checker {
  readonly version: string;
  check(input: string, options?: CheckOptions): IdResult;
  /** A newline-separated text (each line's first CSV field) or an array of strings. */
  checkMany(input: string | readonly string[], options?: CheckOptions): BatchResult;
  categories(lang?: Language): Categories;
  checklist(answers: Answers): Checklist;
  assess(answers: Answers & Holdings): Assessment;
}

/** A host's ruleset was refused: the message names the JSON path and what was expected. */
export class RulesetError extends Error {
  name: 'RulesetError';
  /** What kind of problem, from the engine's error vocabulary (e.g. 'duplicate_id'). */
  code: string;
  /** The JSON Pointer of the problem in the ruleset ('' for the whole of it). */
  path: string;
}

/** Why createChecker() rejected, when the modules could not start. */
export type StartErrorCode = 'unsupported' | 'load_failed' | 'corrupt_module';

/** The error createChecker() rejects with when a module cannot start ("Could not start the IIN checker: …"). */
export interface StartError extends Error {
  code: StartErrorCode;
  /** The file that could not be loaded, when one could not. */
  url?: string;
}

export function createChecker(options?: CreateOptions): Promise<Checker>;
