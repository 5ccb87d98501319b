// Types for iin-checker.js, the public API of the IIN Checker.

export type Kind = 'iin' | 'bin' | 'unknown';
export type Gender = 'male' | 'female';

export type ErrorCode =
  | 'empty'
  | 'invalid_character'
  | 'bidi_control'
  | 'too_short'
  | 'too_long'
  | 'unissuable_checksum'
  | 'checksum_mismatch'
  | 'invalid_birth_date'
  | 'invalid_century_code'
  | 'invalid_registration_month'
  | 'invalid_entity_type'
  | 'invalid_division'
  | 'kind_mismatch';
export type WarningCode = 'no_encoded_data' | 'birth_date_differs' | 'gender_differs';

export interface Issue<Code extends string> {
  code: Code;
  /** English, for developers; a page shows its own words keyed by `code`. */
  message: string;
  /** Zero-based index of the offending character in the input, counted in Unicode characters. */
  position?: number;
}

export interface IinData {
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
  century: 19 | 20 | 21;
  serial: string;
}

export interface BinData {
  registered: string; // YYYY-MM
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

export interface CheckManyOptions extends CheckOptions {
  /** The field that holds the number: its index (0 for the first) or its name in the header line. Found by default. */
  column?: number | string;
  /** Whether the first line names the columns (then it is neither checked nor counted). Found by default. */
  header?: boolean;
  /** ',', ';', '\t', or '' for none (the whole line is the number). Found by default. */
  separator?: ',' | ';' | '\t' | '';
}

/** How the lines of a text were read. */
export interface TextLayout {
  separator: ',' | ';' | '\t' | '';
  /** The index of the number's field. */
  column: number;
  /** The most fields seen on one of the first lines. */
  columns: number;
  header: boolean;
  /** The fields of the first line: the column names when `header`. */
  names: readonly string[];
}

export interface BatchResult {
  /** Lines checked; blank lines (no number in the chosen field) are counted apart. */
  total: number;
  valid: number;
  invalid: number;
  blank: number;
  /** One byte per line or item: 0 valid, `blankCode` blank, else an index into `codeNames`. */
  codes: Uint8Array;
  codeNames: readonly string[];
  blankCode: number;
  /** For a text: how its lines were read; null for an array. */
  layout: TextLayout | null;
  /** The header line, or null. */
  header: string | null;
  outcome(index: number): LineOutcome;
  /** The line without its line end (the header is not a line). */
  line(index: number): string;
  /** The fields of the line, quotes undone. */
  fields(index: number): string[];
  result(index: number): IdResult;
}

/** What a thrown error carries (TypeError, RangeError or RulesetError). */
export interface ApiErrorDetails {
  code: ApiErrorCode;
  /** Where: 'options.expect', 'checkMany(input)', a JSON Pointer into a ruleset, … */
  path: string;
}

export interface CreateOptions {
  /**
   * The folder holding iin-checker-core.wasm, iin-checklist-core.wasm and ruleset.json. By default
   * the files beside this module, or wherever a bundler put them. A relative path is read from the
   * page (in Node, from the working folder).
   */
  wasmUrl?: string | URL;
  /** The modules' bytes, when they are already at hand (a single-file build, a bundler). */
  wasmBinaries?: { checker?: BufferSource; checklist?: BufferSource };
  /**
   * Rules of your own (a ruleset object or its JSON text, schema 2: see ruleset.schema.json),
   * validated in full before use. Without it the rules are read from `rulesUrl`.
   */
  rules?: object | string;
  /** Where to read the rules (resolved against this module); by default ruleset.json beside the modules. */
  rulesUrl?: string | URL;
  /**
   * A mission profile (an object or its JSON text; see profile.schema.json), read against the
   * rules: its channel's status, categories and working days follow what the mission says.
   */
  profile?: MissionProfile | string;
  /** Where to read a mission profile (resolved like rulesUrl). Not with `profile`. */
  profileUrl?: string | URL;
  /** false: load only the number checker; categories/checklist/assess then throw. */
  checklist?: boolean;
}

export type Language = 'en' | 'ru' | 'kk';
export type ChannelId = 'consulate' | 'ministry' | 'psc' | 'egov' | (string & {});
export type Submission = 'in_person' | 'in_person_or_representative' | 'online';
/**
 * Whether a route is open on the day of applying. Shown first whenever it is not in_force.
 * 'not_accepting' comes only from a mission profile: the mission said it does not accept applications now.
 */
export type StatusCode = 'in_force' | 'unconfirmed' | 'not_yet' | 'not_accepting' | 'ended';
export type Confidence = 'published' | 'estimated' | 'weekdays_only';

/** The codes of every error the API throws (RulesetError, RangeError, TypeError), in one vocabulary. */
export type ApiErrorCode =
  | 'not_json'
  | 'too_large'
  | 'too_deep'
  | 'duplicate_key'
  | 'missing_key'
  | 'unknown_key'
  | 'wrong_type'
  | 'invalid_value'
  | 'invalid_date'
  | 'date_order'
  | 'duplicate_id'
  | 'unknown_id'
  | 'missing_source'
  | 'weaker_source'
  | 'unsupported_schema'
  | 'rules_unavailable'
  | 'profile_unavailable'
  | 'not_loaded';

/** A rule's status on the day of applying; `text` says it in the chosen language, dates written out. */
export interface Status {
  code: StatusCode;
  text: string;
  /** not_yet: the first day in force; ended/unconfirmed: the first day it is not (or may not be). in_force: validFrom, if any. */
  since?: string;
  /** in_force/not_yet: the last day in force, when the rules give one. */
  until?: string;
  /**
   * Set when a mission profile decided the status (the mission's own word, not the national
   * sources'): the day the mission confirmed it. `text` says so.
   */
  missionConfirmed?: string;
}

export interface Source {
  id: string;
  /** The kind of source; sourceKinds' order ranks them, the highest authority first. */
  kind: 'act' | 'portal' | 'official_news' | 'news' | 'law_firm' | 'intermediary' | (string & {});
  kindTitle: string;
  /** 0 for the highest authority. */
  rank: number;
  title: string;
  publisher: string;
  url?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD: the day the maintainers read it. */
  read: string;
  note?: string;
}

/** Sources disagree: the ones the rules follow, why, and what the others say. Strongest sources first. */
export interface Dispute {
  about: string;
  followed: Source[];
  because: string;
  others: Source[];
  theySay: string;
}

export interface Named {
  id: string;
  title: string;
  /** Who this is for. */
  summary: string;
}

export interface Choice extends Named {
  /** For a category: the worse of its own status and its channel's. */
  status: Status;
  disputed: Dispute[];
}

/** An older rule, or a route that has ended: shown with its dates, never as a choice. */
export interface HistoryEntry {
  id: string;
  /** 'rule': an entry of the rules' history; 'channel' / 'category': a route that ended. */
  kind: 'rule' | 'channel' | 'category';
  channel: string | null;
  category: string | null;
  title: string;
  text: string;
  from?: string;
  to?: string;
  /** The dates in a sentence, in the chosen language ("From 13 April 2024 to 31 December 2024."); '' without dates. */
  period: string;
  sources: Source[];
  supersededBy: Source[];
  disputed: Dispute[];
}

export interface CategoriesOptions {
  lang?: Language;
  /** YYYY-MM-DD, not before `today`; by default `today`. */
  applyOn?: string;
  /** YYYY-MM-DD; by default the device's local date. */
  today?: string;
}

export interface Categories {
  version: string;
  asOf: string;
  applyOn: string;
  /** The routes open (or not yet, or unconfirmed) on applyOn, each with its status: ended ones are in `history`. */
  channels: (Choice & { whoMaySubmit: { code: Submission; text: string }; categories: Choice[] })[];
  history: HistoryEntry[];
  sourceKinds: { id: string; title: string }[];
  /** Every source of the rules, strongest first. */
  sources: Source[];
}

/**
 * Answers to the rules' questions: an option's id, or null while unanswered. A checklist lists the
 * questions its items turn on (`questions`). A host's rules may ask others, by their own ids.
 */
export interface QuestionAnswers {
  /** How the name and place of birth are written in the passport: a notarised translation only for 'other'. */
  passportScript?: 'latin' | 'cyrillic' | 'other' | null;
  /** Where the supporting papers were issued: legalisation or an apostille only for 'other_country'. */
  documentsIssuedIn?: 'kazakhstan' | 'convention_country' | 'other_country' | null;
}

export interface Answers extends QuestionAnswers {
  channel: ChannelId;
  /** Required when the channel has categories. */
  category?: string;
  /** YYYY-MM-DD, for the age rules (child: under 16; senior: 65 or over). */
  birthDate?: string;
  /** YYYY-MM-DD; by default the device's local date. */
  today?: string;
  /** The day of applying (YYYY-MM-DD), not before `today`; by default `today`. Everything is judged on it. */
  applyOn?: string;
  /** Someone else applies for the applicant. */
  representative?: boolean;
  lang?: Language;
}

export interface Holdings {
  /** Ids of the documents the applicant holds. */
  have?: string[];
  /** Document id → last day it is valid (YYYY-MM-DD). */
  expiries?: Record<string, string>;
  /** An IIN the applicant already holds: a valid one means applying again would be refused. */
  iin?: string;
}

/** A form an item is asked for in that depends on an unanswered question. */
export interface Conditional {
  /** The ids of the questions whose answers decide. */
  questions: string[];
  /** When it applies, in a sentence. */
  text: string;
}

export interface ChecklistItem {
  id: string;
  kind: 'document' | 'one_of' | 'all_of';
  title: string;
  detail: string;
  original: boolean;
  copy: boolean;
  /** Into Kazakh or Russian. */
  notarizedTranslation: boolean | Conditional;
  /** Legalised or apostilled. */
  legalised: boolean | Conditional;
  /** "If you have one": never missing, nor anything in it. */
  optional: boolean;
  /** Listed because it may apply: an answer would decide. */
  conditional?: Conditional;
  sources: Source[];
  disputed: Dispute[];
  /** Any one of these. */
  oneOf?: ChecklistItem[];
  /** All of these together. */
  allOf?: ChecklistItem[];
}

export interface Question {
  id: string;
  title: string;
  help?: string;
  options: { id: string; title: string }[];
  /** The answer given, or null. */
  answer: string | null;
}

export interface Reason {
  code: string;
  /** null: a condition to confirm yourself. */
  met: boolean | null;
  text: string;
  /** The birthday an age rule turns on. */
  date?: string;
}

export interface Ground {
  code: string;
  title: string;
  note?: string;
  sources: Source[];
  disputed: Dispute[];
}

export interface Checklist {
  version: string;
  /** The day the channel's rules were last reviewed. */
  asOf: string;
  applyOn: string;
  channel: Choice;
  category: Choice | null;
  /** What to show first: the worse of the category's status and the channel's. */
  status: Status;
  /** false when a rule rules the applicant out. */
  eligible: boolean;
  eligibility: Reason[];
  /** The items in force on applyOn whose conditions may hold. */
  items: ChecklistItem[];
  /** The questions these items turn on, answered or not. */
  questions: Question[];
  whoMaySubmit: { code: Submission; text: string };
  term: { workingDays: number | null; text: string; note: string; sources: Source[]; disputed: Dispute[] };
  /** false: the office is closed on weekends and days off (a PSC). */
  opensOnDaysOff: boolean;
  notes: { id: string; text: string; sources: Source[] }[];
  refusalGrounds: { accept: Ground[]; form: Ground[] };
  history: HistoryEntry[];
  /** Every source this checklist cites, strongest first. */
  sources: Source[];
}

export interface DayOff {
  date: string;
  /** The holiday's id (e.g. 'independence_day'); 'mission_closed' for a day the mission profile says the mission is closed. */
  holiday: string;
  /** "16 December is Independence Day." in the chosen language. */
  text: string;
}

export interface Assessment {
  /** Nothing stands in the way: eligible, on an open route, nothing missing, expired or waiting. */
  ready: boolean;
  eligible: boolean;
  status: Status;
  missing: { id: string; title: string }[];
  expired: { id: string; title: string; expiredOn: string }[];
  /** Items not held that an unanswered question decides. */
  conditional: { id: string; title: string; questions: string[] }[];
  /** not_in_force, not_eligible, incomplete_package, expired_document, previously_registered_iin. */
  grounds: Ground[];
  /** The office is closed on applyOn (a weekend or day off): the term counts from countedFrom. */
  closedOn: { date: string; text: string; countedFrom: string } | null;
  /** When the package is ready and the channel has a term in working days. */
  readyBy: string | null;
  readyByNote: string;
  daysOffSkipped: DayOff[];
  /** Days announced as days off that are working days after all, passed while counting. */
  notDaysOff: DayOff[];
  /** How sure the working-day count is (with readyBy). */
  calendar: {
    id: string;
    title: string;
    confidence: Confidence;
    text: string;
    rule?: string;
    sources: Source[];
  } | null;
}

/** An edition of the rules: its version (what a link carries) and the day it was last reviewed. */
export interface Edition {
  version: string;
  asOf: string;
}

/**
 * What changed for one situation since an earlier edition of the rules, from the rules' change
 * log: `null` where nothing changed. Texts are in the chosen language.
 */
export interface Changes {
  /** The rules in use. */
  version: string;
  asOf: string;
  /** The edition asked about (the link's). */
  since: Edition;
  applyOn: string;
  /** Anything at all changed for this situation. */
  changed: boolean;
  /** Documents this checklist asks for that the earlier edition did not. */
  added: { id: string; title: string }[];
  /** Documents the earlier edition asked for that this checklist does not. */
  removed: { id: string; title: string }[];
  /** The route's status on applyOn under the earlier edition and now, when they differ. */
  status: { from: Status; to: Status } | null;
  whoMaySubmit: { from: { code: Submission; text: string }; to: { code: Submission; text: string } } | null;
  term: { from: { workingDays: number | null; text: string }; to: { workingDays: number | null; text: string } } | null;
  /** Other changes, in a sentence each. */
  notes: { text: string; sources: Source[] }[];
  /** The sources of every change listed, strongest first. */
  sources: Source[];
}

/** Words in the three languages, each non-empty, without {placeholders}. */
export interface Words {
  en: string;
  ru: string;
  kk: string;
}

/** A mission profile, as a host writes it (schema 1; profile.schema.json). Unknown keys are refused. */
export interface MissionProfile {
  schema: 1;
  /** The ruleset's channel the mission is part of; by default 'consulate'. */
  channel?: string;
  name: Words;
  /** One line, up to 300 bytes, as written on an envelope. */
  address: string;
  hours: Words;
  /** An https:// link to make an appointment. At least one of appointment and phone. */
  appointment?: string;
  /** International form: '+', then 7 to 15 digits with spaces, hyphens, dots or brackets between. */
  phone?: string;
  /** Whether the mission accepts applications now. */
  accepting: boolean;
  /** YYYY-MM-DD: the day the mission said so. It counts for the rules' reviewAfterDays after. */
  confirmed: string;
  /** Local days the mission is closed (YYYY-MM-DD, in date order, up to 100): no working days for "ready by". */
  closedDays?: { date: string; name: Words }[];
  /** Ids of categories the rules give other channels, which this mission accepts too (up to 20). */
  extraCategories?: string[];
  notes?: Words;
}

/** The mission profile in use, as the applicant reads it (checker.mission()). */
export interface Mission {
  channel: string;
  name: string;
  address: string;
  hours: string;
  appointment?: string;
  phone?: string;
  accepting: boolean;
  confirmed: string;
  /** The status of the mission's channel on the day of applying, with the mission's word when it decides. */
  status: Status;
  /** The closed days from the day of applying on. */
  closedDays: { date: string; name: string }[];
  extraCategories: { id: string; title: string }[];
  notes?: string;
}

export interface Checker {
  readonly version: string;
  /** The rules in use: their edition, and whether they are the file the site was built with. */
  readonly rules: { version: string; asOf: string; builtIn: boolean } | null;
  /** The mission profile in use, in short; null without one. */
  readonly profile: { channel: string; name: Words; accepting: boolean; confirmed: string } | null;
  /** The mission profile in use in the applicant's language, with its channel's status; null without one. */
  mission(options?: Language | CategoriesOptions): Mission | null;
  check(input: string, options?: CheckOptions): IdResult;
  /** A newline-separated text (each line's first CSV field) or an array of strings. */
  checkMany(input: string | readonly string[], options?: CheckManyOptions): BatchResult;
  categories(options?: Language | CategoriesOptions): Categories;
  checklist(answers: Answers): Checklist;
  assess(answers: Answers & Holdings): Assessment;
  /**
   * What changed for these answers since the edition `version` (as a link carries it; the current
   * one gives `changed: false`). An edition the rules do not know throws a RangeError whose `code`
   * is 'unknown_id' and `path` 'version'.
   */
  changesSince(version: string, answers: Answers): Changes;
}

/** Rules that were refused (`path`: the JSON Pointer of the problem) or could not be read (code 'rules_unavailable'). */
export class RulesetError extends Error {
  name: 'RulesetError';
  /** What kind of problem, from the engine's error vocabulary (e.g. 'duplicate_id'). */
  code: ApiErrorCode;
  /** The JSON Pointer of the problem in the ruleset ('' for the whole of it). */
  path: string;
}

/** A mission profile that was refused (`path`: the JSON Pointer of the problem) or could not be read (code 'profile_unavailable'). */
export class ProfileError extends Error {
  name: 'ProfileError';
  code: ApiErrorCode;
  /** The JSON Pointer of the problem in the profile ('' for the whole of it). */
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
