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
  /** Where iin-checker-core.wasm is; by default beside this module. */
  wasmUrl?: string | URL;
  /** The module's bytes, when they are already at hand (a single-file build, a bundler). */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

export interface Checker {
  readonly version: string;
  check(input: string, options?: CheckOptions): IdResult;
  /** A newline-separated text (each line's first CSV field) or an array of strings. */
  checkMany(input: string | readonly string[], options?: CheckOptions): BatchResult;
}

export function createChecker(options?: CreateOptions): Promise<Checker>;
