// Calls into a started number module: iin-checker-core.wasm (the single check), or Check many's
// iin-many-core.wasm, which holds the same single check beside the reading of lists. Both answer
// through the same block of 32-bit words (the "wire", wasm/bindings/wire.hpp), described once by
// iin_layout(), rather than as JSON: check() runs on every keystroke. NumberChecker and
// ManyChecker are built on this.
//
// Every argument is checked before anything is copied into WebAssembly: a huge string costs
// nothing, and a value the module refuses never reaches a cache.

import { requireKnownKeys, requireString, describe } from './arguments.js';
import { fromCore, rangeError, typeError } from './errors.js';
import { localToday } from './local-date.js';
import { outputText } from './start-module.js';

export const CHECK_OPTIONS = ['strict', 'expect', 'birthDate', 'gender', 'today'];
const MIN_INPUT_BYTES = 64;
/** Option strings longer than this are refused before they reach WebAssembly. */
export const MAX_OPTION_LENGTH = 64;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export function requireOptionString(value, path, expected) {
  if (value === undefined) return;
  requireString(value, path);
  if (value.length > MAX_OPTION_LENGTH) {
    throw rangeError('invalid_value', path, `${path} must be ${expected}, not a text of ${value.length} characters.`);
  }
}

const ESTIMATE_SAMPLE = 4096;
/** The UTF-8 bytes of `text`, estimated from its first characters (a little over, not under). */
function estimateUtf8Bytes(text) {
  const sample = Math.min(text.length, ESTIMATE_SAMPLE);
  let bytes = 0;
  for (let i = 0; i < sample; i += 1) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return sample === text.length ? bytes : Math.ceil((bytes / sample) * text.length * 1.01) + ESTIMATE_SAMPLE;
}

/**
 * Checks the options of check() (and those checkMany() shares with it; `known`: the keys
 * allowed); returns them as a cache key, `today` filled in (the device's date by default).
 */
export function checkOptionsKey(options, known) {
  requireKnownKeys(options, known, 'option', 'options');
  const o = options ?? {};
  if (o.strict !== undefined && typeof o.strict !== 'boolean') {
    throw typeError('options.strict', `options.strict must be true or false, not ${describe(o.strict)}.`);
  }
  requireOptionString(o.expect, 'options.expect', "'iin' or 'bin'");
  requireOptionString(o.birthDate, 'options.birthDate', 'a date written YYYY-MM-DD');
  requireOptionString(o.gender, 'options.gender', "'male' or 'female'");
  requireOptionString(o.today, 'options.today', 'a date written YYYY-MM-DD');
  if (o.today === '')
    throw rangeError('invalid_date', 'options.today', 'options.today must be a date written YYYY-MM-DD, not empty.');
  return JSON.stringify([
    o.strict === true,
    o.expect ?? '',
    o.birthDate ?? '',
    o.gender ?? '',
    o.today ?? localToday(),
  ]);
}

export class CoreCalls {
  #inputAddress = 0;
  #inputCapacity = 0;
  #inputView = null;
  #heap = null;
  #wire = null;
  #optionsKey = null;
  #texts = '';

  /** `core`: the exports of the started module (lib/start-module.js). */
  constructor(core) {
    this.core = core;
    /** What iin_layout() says: the wire's words, the names of the codes and enums, the version. */
    this.layout = JSON.parse(outputText(core, core.iin_layout()));
    this.#setOptions(checkOptionsKey({}, CHECK_OPTIONS));
  }

  /** The wire, as 32-bit words (a view made again when the memory has grown). */
  get wire() {
    this.views();
    return this.#wire;
  }

  /** The text of the last result's text area that the WireText at `word` of the wire points to. */
  text(word) {
    const { offset, length } = this.layout.text;
    const from = this.#wire[word + offset];
    return this.#texts.slice(from, from + this.#wire[word + length]);
  }

  /** Checks one text as check() does, options already applied. */
  run(input) {
    this.core.iin_check(this.encode(input));
    return this.readResult(input);
  }

  /** Makes the options of `key` (as checkOptionsKey() gives them) the module's, unless they are already. */
  applyOptions(key) {
    if (key !== this.#optionsKey) this.#setOptions(key);
  }

  // `key`: the options as checkOptionsKey() gives them, already checked.
  #setOptions(key) {
    const [strict, ...strings] = JSON.parse(key); // expect, birthDate, gender, today; '' for none
    const texts = strings.map((text) => utf8.encode(text));
    this.#reserve(
      Math.max(
        MIN_INPUT_BYTES,
        texts.reduce((sum, text) => sum + text.length, 0),
      ),
      'options',
    );
    let at = this.#inputAddress;
    for (const text of texts) {
      this.views().set(text, at);
      at += text.length;
    }
    this.refused(this.core.iin_set_options(strict, ...texts.map((text) => text.length)));
    this.#optionsKey = key;
  }

  /** The answer of a text too long to be a number, without asking the module. */
  tooLong(input) {
    return {
      input,
      normalized: '',
      valid: false,
      kind: 'unknown',
      errors: [
        {
          code: 'too_long',
          message: this.layout.tooLongInput,
        },
      ],
      warnings: [],
      checkDigit: null,
      expectedCheckDigit: null,
      iin: null,
      bin: null,
      suggestions: [],
    };
  }

  /** For a call that answers null, or the error as JSON: throws that error. */
  refused(at) {
    if (at) throw fromCore(JSON.parse(outputText(this.core, at)).error);
  }

  /** The module's memory as bytes (a view made again only when the memory has grown). */
  views() {
    const { buffer } = this.core.memory;
    if (this.#heap?.buffer !== buffer) {
      const { address, wordCount } = this.layout;
      this.#heap = new Uint8Array(buffer);
      this.#wire = new Int32Array(buffer, address, wordCount);
      this.#inputView = null;
    }
    return this.#heap;
  }

  #reserve(bytes, path) {
    if (bytes <= this.#inputCapacity) return;
    this.#inputView = null;
    this.#inputAddress = this.core.iin_input(bytes);
    this.#inputCapacity = this.#inputAddress ? bytes : 0;
    if (!this.#inputAddress) {
      throw rangeError(
        'too_large',
        path,
        `${path} needs ${bytes} bytes of memory, more than the checker can have on this device. Split it into parts.`,
      );
    }
  }

  /**
   * `text` as UTF-8 straight into the module's input; answers its bytes. The room asked for is
   * estimated from the text's start (one byte per unit for ASCII, two for Cyrillic), so the
   * memory stays close to the text's own size; a text that needs more grows the room, keeping
   * what is written.
   */
  encode(text, path = 'check(input)') {
    this.#reserve(Math.max(MIN_INPUT_BYTES, estimateUtf8Bytes(text)), path);
    let { read, written } = utf8.encodeInto(text, this.#inputBytes());
    while (read < text.length) {
      this.#reserve(written + 3 * (text.length - read) + MIN_INPUT_BYTES, path);
      const more = utf8.encodeInto(text.slice(read), this.#inputBytes().subarray(written));
      read += more.read;
      written += more.written;
    }
    return written;
  }

  #inputBytes() {
    const heap = this.views();
    this.#inputView ??= heap.subarray(this.#inputAddress, this.#inputAddress + this.#inputCapacity);
    return this.#inputView;
  }

  /** The check result the wire holds, for `input`. */
  readResult(input) {
    const { words: at, issue: issueWords, text: textWords, codes, kinds, genders, entities, divisions } = this.layout;
    const heap = this.views();
    const w = this.#wire;
    const start = w[at.text_area];
    this.#texts = utf8Decoder.decode(heap.subarray(start, start + w[at.text_area_bytes]));
    const text = (word) => this.text(word);
    const errorCount = w[at.error_count];
    const errors = [];
    const warnings = [];
    for (let i = 0; i < errorCount + w[at.warning_count]; i += 1) {
      const word = at.issues + issueWords.words * i;
      const issue = { code: codes[w[word + issueWords.code]], message: text(word + issueWords.message) };
      const position = w[word + issueWords.position];
      if (position >= 0) issue.position = position;
      (i < errorCount ? errors : warnings).push(issue);
    }
    const suggestions = [];
    for (let i = 0; i < w[at.suggestion_count]; i += 1) suggestions.push(text(at.suggestions + textWords.words * i));
    return {
      input,
      normalized: text(at.normalized),
      valid: w[at.valid] === 1,
      kind: kinds[w[at.kind]],
      errors,
      warnings,
      checkDigit: w[at.check_digit] < 0 ? null : w[at.check_digit],
      expectedCheckDigit: w[at.expected_check_digit] < 0 ? null : w[at.expected_check_digit],
      iin: w[at.has_iin]
        ? {
            birthDate: text(at.birth_date),
            gender: genders[w[at.gender]],
            century: w[at.century],
            serial: text(at.iin_serial),
          }
        : null,
      bin: w[at.has_bin]
        ? {
            registered: text(at.registered),
            entity: entities[w[at.entity]],
            division: divisions[w[at.division]],
            serial: text(at.bin_serial),
          }
        : null,
      suggestions,
    };
  }
}
