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
  | 'kind_mismatch'
  | 'born_in_future'
  | 'registered_in_future';
export type WarningCode =
  'no_encoded_data' | 'birth_date_differs' | 'gender_differs' | 'born_in_future' | 'registered_in_future';

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
  /**
   * YYYY-MM-DD, by default the device's local date. A decoded birth date after it gets the warning
   * `born_in_future`, a BIN's registration month after its month `registered_in_future` (errors
   * with `strict`). Not a real date: a RangeError with code `invalid_date`.
   */
  today?: string;
}

/**
 * A record's outcome in checkMany(): 'valid', 'blank', the first error's code, or what the row
 * says against a valid number ('birth_date_mismatch', 'sex_mismatch', 'not_comparable': a number
 * issued since 2013 that encodes no birth date) or of one that is not ('leading_zero_lost': 10 or
 * 11 digits, valid with the zeros Excel dropped put back).
 */
export type RowOutcome = 'leading_zero_lost' | 'birth_date_mismatch' | 'sex_mismatch' | 'not_comparable';
export type LineOutcome = 'valid' | 'blank' | ErrorCode | RowOutcome;

export interface CheckManyOptions extends CheckOptions {
  /** The field that holds the number: its index (0 for the first) or its name in the header line. Found by default. */
  column?: number | string;
  /** Whether the first line names the columns (then it is neither checked nor counted). Found by default. */
  header?: boolean;
  /** ',', ';', '\t', or '' for none (the whole line is the number). Found by default. */
  separator?: ',' | ';' | '\t' | '';
  /** The column of the person's birth date (index or name), compared with each valid IIN's; null: none. Found by default. */
  birthDateColumn?: number | string | null;
  /** The column of the person's sex (index or name), compared with each valid IIN's; null: none. Found by default. */
  sexColumn?: number | string | null;
}

/** Options of checkMany() for a Blob or a ReadableStream, read in parts. */
export interface CheckPartsOptions extends CheckManyOptions {
  /** Found from the first bytes by default: a byte-order mark, valid UTF-8, or Windows-1251 when that reads as Cyrillic. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  /** Called as the parts are read: the share of a Blob read (0 to 1), null for a stream. */
  onProgress?: (share: number | null) => void;
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
  /** The columns compared with what each valid IIN encodes, or null. */
  birthDateColumn: number | null;
  sexColumn: number | null;
  /** For a Blob or a stream: the encoding it was read in. */
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
}

/** What a record says beside its number (batch.row(), checker.checkRecord()). */
export interface RowDetails {
  outcome: LineOutcome;
  result: IdResult;
  /** leading_zero_lost: the twelve digits with the zeros put back; else null. */
  restored: string | null;
  /** A wrong check digit: how many valid numbers are one typing slip away (never which: any may be another person's). */
  neighbours: number;
  /** The one of them that encodes the row's birth date (and sex), when exactly one does; else null. */
  birthDateMatch: string | null;
  /** The row's birth date (YYYY-MM-DD) and sex, when its cells read as such; else null. */
  birthDate: string | null;
  sex: Gender | null;
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
  /** Records whose outcome is a RowOutcome, counted (also in valid or invalid). */
  leadingZeroLost: number;
  birthDateMismatch: number;
  sexMismatch: number;
  notComparable: number;
  /** The records that are not one line (a quoted line break): index, lines, 1 plain + 2 truncated, three numbers each. */
  multiLine: Int32Array;
  /** The physical lines of the header record (0: no header). */
  headerLines: number;
  outcome(index: number): LineOutcome;
  /** The file's line number (1 for the first) where record `index` starts. */
  lineNumber(index: number): number;
  /** The record without its line end (the header is not a record). Not kept for a Blob or a stream: a RangeError. */
  line(index: number): string;
  /** The fields of the record, quotes undone. */
  fields(index: number): string[];
  result(index: number): IdResult;
  row(index: number): RowDetails;
}

/** What a thrown error carries (TypeError, RangeError or RulesetError). */
export interface ApiErrorDetails {
  code: ApiErrorCode;
  /** Where: 'options.expect', 'checkMany(input)', a JSON Pointer into a ruleset, … */
  path: string;
}

export interface CreateOptions {
  /**
   * The folder holding a copy of the package (iin-many-core.wasm or iin-checker-core.wasm,
   * iin-checklist-core.wasm and ruleset.json are read from it), for bundlers that leave the files
   * behind (Rollup). By default the files beside this module, or wherever a bundler put them. A
   * relative path is read from the page (in Node, from the working folder).
   */
  baseUrl?: string | URL;
  /** @deprecated The old name of `baseUrl`, read the same way until the next version. */
  wasmUrl?: string | URL;
  /**
   * The modules' bytes, when they are already at hand (a single-file build, a bundler): `many`
   * (iin-many-core.wasm), or with `many: false` `checker` (iin-checker-core.wasm); `checklist`.
   */
  wasmBinaries?: { checker?: BufferSource; checklist?: BufferSource; many?: BufferSource };
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
  /**
   * false: check numbers with the smaller iin-checker-core.wasm, which has no lists (checkMany and
   * checkRecord then throw). By default Check many's iin-many-core.wasm is loaded: it checks
   * single numbers too.
   */
  many?: boolean;
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
  | 'not_loaded'
  | StartErrorCode
  | 'rules_invalid'
  | 'profile_invalid'
  | 'trusted_types_blocked';

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
  /** The sources do not list it: likely asked, to confirm with the office (a parent's papers at a PSC). */
  askOffice?: true;
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

/**
 * ready: nothing stands in the way on a route someone confirms; unconfirmed: the papers match the
 * list of a route nobody confirms still takes applications (its mission must); not_ready: something does.
 */
export type Readiness = 'ready' | 'unconfirmed' | 'not_ready';
/** Why readyBy is null: no open route, an unconfirmed one, no term in working days, or papers not ready. */
export type ReadyByReason = 'route_not_open' | 'route_unconfirmed' | 'no_fixed_term' | 'not_ready';

export interface Assessment {
  /**
   * true: nothing stands in the way (eligible, on a route in force, nothing missing, expired or
   * waiting); null: the papers match, but the route is unconfirmed (readiness 'unconfirmed');
   * false otherwise.
   */
  ready: boolean | null;
  readiness: Readiness;
  /** With readiness 'unconfirmed': "Your papers match the 2025 list…", in the chosen language. */
  readinessText: string | null;
  /** On the consulate and Ministry routes: apply in person at a PSC in Kazakhstan if the mission does not take applications. */
  fallback: string | null;
  /** A child a parent or legal representative applies for (a child category, or a minor at a PSC). */
  representedBy: { code: 'parent_or_guardian'; text: string } | null;
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
  /**
   * The day the IIN should be ready if everything is brought on applyOn (or the next day the office
   * opens), on a route someone confirms with a term in working days: shown before anything is ticked.
   */
  readyIfComplete: string | null;
  /** readyIfComplete, once the package is ready; else null, and readyByReason says why. */
  readyBy: string | null;
  readyByReason: ReadyByReason | null;
  /** When the count crosses a day that may be a day off (mayBeDaysOff): the ready-by day should it be a working day. */
  readyByIfWorking: string | null;
  readyByNote: string;
  daysOffSkipped: DayOff[];
  /** Days announced as days off that are working days after all, passed while counting. */
  notDaysOff: DayOff[];
  /** Days not yet announced that may be days off (Kurban Ait 2027), counted as days off. */
  mayBeDaysOff: DayOff[];
  /** How sure the working-day count is (with readyIfComplete). */
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
  /** YYYY-MM-DD, not after today: the day the mission said so. It counts for the rules' reviewAfterDays after. */
  confirmed: string;
  /** ISO weekdays the mission receives applicants, 1 (Monday) to 7 (Sunday), each once; by default Kazakhstan's working week. */
  openWeekdays?: number[];
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

/** What situation() is asked: the answers, what the applicant holds, and a link's edition. */
export interface SituationAnswers extends Partial<Answers>, Holdings {
  /** The edition of the rules a link was made with: `changes` says what changed since. */
  since?: string;
  /** The applicant's IIN, if they hold one: an IIN is given once. */
  iin?: string;
}

/** An answer situation() could not use, and left out. */
export interface RefusedAnswer {
  /** The answer's key ('birthDate', 'have', 'passportScript', 'since', …). */
  key: string;
  /** The value given, when it was a string (a document's id for 'have'). */
  value: string | null;
  code: ApiErrorCode;
  /** 'answers.birthDate', 'answers.have[2]'. */
  path: string;
  message: string;
  /** The document's or question's title, when the rules (or their change log) know it. */
  title?: string;
}

/** The whole case (checker.situation()). */
export interface Situation {
  version: string;
  today: string;
  /** The day of applying: the answer, or today. */
  applyOn: string;
  refused: RefusedAnswer[];
  choices: Categories;
  /** null until a channel (and its category, where it has them) is chosen. */
  checklist: Checklist | null;
  verdict: Assessment | null;
  /** The mission profile in use; null without one. */
  mission: Mission | null;
  /** What changed since `since`; null without it, or until a checklist is chosen. */
  changes: Changes | null;
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
  /** A text (a pasted list, a CSV or TSV file) or an array of strings. */
  checkMany(input: string | readonly string[], options?: CheckManyOptions): BatchResult;
  /** A file of any size, read in parts with bounded memory; the batch keeps no text (line() throws). */
  checkMany(input: Blob | ReadableStream<Uint8Array>, options?: CheckPartsOptions): Promise<BatchResult>;
  /** One record judged as checkMany() judged it with `layout`: batch.row() for a batch checked elsewhere (a worker). */
  checkRecord(
    record: string,
    layout: Pick<TextLayout, 'separator' | 'column' | 'birthDateColumn' | 'sexColumn'>,
    options?: CheckOptions,
    how?: { plain?: boolean },
  ): RowDetails;
  /**
   * The whole case in one call. Answers it cannot use are left out and named in `refused` (it
   * throws only for answers that are no object, or a `today` that is no real date).
   */
  situation(answers: SituationAnswers): Situation;
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
export type StartErrorCode =
  /** The engine cannot run WebAssembly with SIMD. */
  | 'unsupported'
  /** The page's Content-Security-Policy forbids compiling WebAssembly: its script-src needs 'wasm-unsafe-eval'. */
  | 'wasm_blocked'
  /** A file could not be fetched at all (offline, the server unreachable). */
  | 'load_failed'
  /** The server answered without the file: an HTTP error, or an HTML page in its place. */
  | 'file_missing'
  /** A .wasm file is not the one this version was built with (another version's, or damaged). */
  | 'hash_mismatch'
  /** A .wasm file does not compile or start. */
  | 'corrupt_module';

/** The error createChecker() rejects with when a module cannot start ("Could not start the IIN checker: …"). */
export interface StartError extends Error {
  code: StartErrorCode;
  /** The file to blame ('iin-checker-core.wasm', …), or '' when none is. */
  path: string;
  /** The address of the file that could not be loaded, when one was fetched. */
  url?: string;
}

export function createChecker(options?: CreateOptions): Promise<Checker>;
