// Checking IINs and BINs through the compiled number checker (the exports of
// iin-checker-core.wasm: wasm/bindings/number.cpp). check() runs on every keystroke, so its
// answer comes back as a block of 32-bit words (the "wire", described once by iin_layout())
// rather than as JSON.
//
// Every argument is checked here, before anything is copied into WebAssembly: a huge string
// costs nothing, and a value the module refuses never reaches a cache.

import { requireKnownKeys, requireString, describe } from './arguments.js';
import { fromCore, rangeError, typeError } from './errors.js';
import { Lines, lineEnd, splitFields } from './lines.js';
import { outputText } from './start-module.js';

const CHECK_OPTIONS = ['strict', 'expect', 'birthDate', 'gender'];
const MANY_OPTIONS = [...CHECK_OPTIONS, 'column', 'header', 'separator'];
const SEPARATORS = ['', ',', ';', '\t'];
const SINGLE_CHECK = -1;
const BATCH_TEXT = 0;
const BATCH_ITEMS = 1;
const LET_THE_TEXT_TELL = -1;
const MIN_INPUT_BYTES = 64;
/** Option strings longer than this are refused before they reach WebAssembly. */
export const MAX_OPTION_LENGTH = 64;
/** checkMany() takes texts (and arrays, joined) of at most this many UTF-16 code units. */
export const MAX_TEXT_LENGTH = 2 ** 28;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

function requireOptionString(value, path, expected) {
  if (value === undefined) return;
  requireString(value, path);
  if (value.length > MAX_OPTION_LENGTH) {
    throw rangeError('invalid_value', path, `${path} must be ${expected}, not a text of ${value.length} characters.`);
  }
}

/** Checks the options of check() (and those checkMany() shares with it); returns them as a cache key. */
function checkOptionsKey(options, known) {
  requireKnownKeys(options, known, 'option', 'options');
  const o = options ?? {};
  if (o.strict !== undefined && typeof o.strict !== 'boolean') {
    throw typeError('options.strict', `options.strict must be true or false, not ${describe(o.strict)}.`);
  }
  requireOptionString(o.expect, 'options.expect', "'iin' or 'bin'");
  requireOptionString(o.birthDate, 'options.birthDate', 'a date written YYYY-MM-DD');
  requireOptionString(o.gender, 'options.gender', "'male' or 'female'");
  return JSON.stringify([o.strict === true, o.expect ?? '', o.birthDate ?? '', o.gender ?? '']);
}

function checkManyOptions(options) {
  const o = options ?? {};
  if (o.column !== undefined) {
    if (typeof o.column === 'string') {
      requireOptionString(o.column, 'options.column', 'a column number or name');
    } else if (!(Number.isInteger(o.column) && o.column >= 0)) {
      throw typeError(
        'options.column',
        `options.column must be a column number (0 for the first) or a column name, not ${describe(o.column)}.`,
      );
    }
  }
  if (o.header !== undefined && typeof o.header !== 'boolean') {
    throw typeError('options.header', `options.header must be true or false, not ${describe(o.header)}.`);
  }
  if (o.separator !== undefined) {
    requireOptionString(o.separator, 'options.separator', "',', ';', a tab or ''");
    if (!SEPARATORS.includes(o.separator)) {
      throw rangeError(
        'invalid_value',
        'options.separator',
        `options.separator must be ',', ';', '\\t' or '' (none), not ${JSON.stringify(o.separator)}.`,
      );
    }
  }
  return o;
}

const sameName = (a, b) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export class NumberChecker {
  #core;
  #layout;
  #inputAddress = 0;
  #inputCapacity = 0;
  #inputView = null;
  #heap = null;
  #wireView = null;
  #optionsKey = null;

  /** `core`: the exports of the started module (lib/start-module.js). */
  constructor(core) {
    this.#core = core;
    this.#layout = JSON.parse(outputText(core, core.iin_layout()));
    this.version = this.#layout.version;
    this.#setOptions({});
  }

  /** Checks one IIN or BIN as a person typed or pasted it. */
  check(input, options) {
    requireString(input, 'check(input)');
    const key = checkOptionsKey(options, CHECK_OPTIONS);
    if (input.length > this.#layout.maxInputBytes) return this.#tooLong(input);
    this.#applyOptions(options, key);
    return this.#run(input, SINGLE_CHECK);
  }

  /** Checks the lines of a text (one field of each: see `column`) or an array of strings. */
  checkMany(input, options) {
    let text;
    let items = null;
    if (typeof input === 'string') {
      text = input;
    } else if (Array.isArray(input)) {
      items = input.slice(); // the caller may change theirs later: the batch keeps what it checked
      let length = items.length;
      for (let i = 0; i < items.length; i += 1) {
        if (typeof items[i] !== 'string') requireString(items[i], `checkMany(items)[${i}]`);
        length += items[i].length;
      }
      if (length > MAX_TEXT_LENGTH) this.#tooLarge('checkMany(items)', length);
      text = items.join('\n');
    } else {
      requireString(input, 'checkMany(input) (a text or an array of strings)');
    }
    if (text.length > MAX_TEXT_LENGTH) this.#tooLarge('checkMany(input)', text.length);
    const key = checkOptionsKey(options, items ? CHECK_OPTIONS : MANY_OPTIONS);
    const o = checkManyOptions(options);
    this.#applyOptions(options, key);
    if (items?.length === 0)
      return this.#batch({ total: 0, valid: 0, invalid: 0, blank: 0, codes: new Uint8Array(0) }, { items, key });
    const bytes = this.#encode(text, items ? 'checkMany(items)' : 'checkMany(input)');
    const layout = items ? null : this.#textLayout(text, bytes, o);
    this.#refused(
      items
        ? this.#core.iin_check_lines(bytes, BATCH_ITEMS, 0, 0, false)
        : this.#core.iin_check_lines(
            bytes,
            BATCH_TEXT,
            layout.separator.charCodeAt(0) || 0,
            layout.column,
            layout.header,
          ),
    );
    const lines = this.#readLines();
    if (items && lines.codes.length !== items.length) return this.#batch(this.#itemByItem(items), { items, key });
    return this.#batch(lines, { text, items, layout, key });
  }

  // Which separator and column, and whether there is a header: the options, else the text's own.
  #textLayout(text, bytes, o) {
    const separator = o.separator === undefined ? LET_THE_TEXT_TELL : o.separator.charCodeAt(0) || 0;
    this.#core.iin_detect_layout(bytes, separator);
    const found = this.#readFoundLayout();
    const layoutSeparator = found.separator ? String.fromCharCode(found.separator) : '';
    const start = text.startsWith('\ufeff') ? 1 : 0;
    const names = splitFields(text.slice(start, lineEnd(text, start)), layoutSeparator).slice(0, found.columns);
    const layout = {
      separator: layoutSeparator,
      column: found.column,
      columns: found.columns,
      header: o.header ?? found.header,
      names,
    };
    if (typeof o.column === 'string') {
      const index = names.findIndex((name) => sameName(name, o.column));
      if (index === -1) {
        throw rangeError(
          'unknown_id',
          'options.column',
          `options.column names no column: ${JSON.stringify(o.column)}; the first line holds ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
        );
      }
      layout.column = index;
      layout.header = o.header ?? true;
    } else if (o.column !== undefined) {
      layout.column = o.column; // a line without that field is blank
    }
    return Object.freeze({ ...layout, names: Object.freeze(names) });
  }

  // For arrays whose items hold line breaks, which the joined text would split.
  #itemByItem(items) {
    const codes = new Uint8Array(items.length);
    let valid = 0;
    items.forEach((item, index) => {
      const code =
        (item.length > this.#layout.maxInputBytes ? this.#tooLong(item) : this.#run(item, SINGLE_CHECK)).errors[0]
          ?.code ?? 'ok';
      codes[index] = this.#layout.codes.indexOf(code);
      if (code === 'ok') valid += 1;
    });
    return { total: items.length, valid, invalid: items.length - valid, blank: 0, codes };
  }

  #batch(lines, { text, items = null, layout = null, key }) {
    const checker = this;
    const { codes } = lines;
    const names = this.#layout.codes;
    const blankLine = this.#layout.blankLine;
    const textLines = items ? null : new Lines(text, codes.length, { header: layout.header });
    const requireLine = (index) => {
      if (!(Number.isInteger(index) && index >= 0 && index < codes.length)) {
        const which = typeof index === 'number' ? String(index) : describe(index);
        throw rangeError(
          'invalid_value',
          'index',
          codes.length === 0
            ? `There is no line ${which}: the batch is empty.`
            : `There is no line ${which}: the lines are numbered 0 to ${codes.length - 1}.`,
        );
      }
    };
    return Object.freeze({
      total: lines.total,
      valid: lines.valid,
      invalid: lines.invalid,
      blank: lines.blank,
      codes,
      codeNames: Object.freeze([...names]),
      blankCode: blankLine,
      /** How the text's lines were read: { separator, column, columns, header, names }; null for an array. */
      layout,
      /** The header line (not checked, not counted), or null. */
      header: textLines?.header ?? null,
      /** 'valid', 'blank', or the code of the line's first error. */
      outcome(index) {
        requireLine(index);
        const code = codes[index];
        if (code === blankLine) return 'blank';
        return code === 0 ? 'valid' : names[code];
      },
      /** The text of line (or item) `index`, without its line end. */
      line(index) {
        requireLine(index);
        return items ? items[index] : textLines.at(index);
      },
      /** The fields of line `index`, quotes undone (an item is one field). */
      fields(index) {
        const line = this.line(index);
        return items ? [line] : splitFields(line, layout.separator);
      },
      /** The full check result for line (or item) `index`, as the batch judged it. */
      result(index) {
        const line = this.line(index);
        if (items && line.length > checker.#layout.maxInputBytes) return checker.#tooLong(line);
        checker.#restoreOptions(key);
        return items
          ? checker.#run(line, SINGLE_CHECK)
          : checker.#run(line, BATCH_TEXT, layout.separator.charCodeAt(0) || 0, layout.column);
      },
    });
  }

  #applyOptions(options, key) {
    if (key === this.#optionsKey) return;
    this.#setOptions(options ?? {});
  }

  #setOptions(o) {
    const texts = [o.expect ?? '', o.birthDate ?? '', o.gender ?? ''].map((text) => utf8.encode(text));
    this.#reserve(
      Math.max(
        MIN_INPUT_BYTES,
        texts.reduce((sum, text) => sum + text.length, 0),
      ),
      'options',
    );
    let at = this.#inputAddress;
    for (const text of texts) {
      this.#views().set(text, at);
      at += text.length;
    }
    this.#refused(this.#core.iin_set_options(o.strict === true, ...texts.map((text) => text.length)));
    this.#optionsKey = checkOptionsKey(o, MANY_OPTIONS);
  }

  #restoreOptions(key) {
    if (key === this.#optionsKey) return;
    const [strict, expect, birthDate, gender] = JSON.parse(key);
    this.#setOptions({
      strict,
      expect: expect || undefined,
      birthDate: birthDate || undefined,
      gender: gender || undefined,
    });
  }

  #tooLong(input) {
    return {
      input,
      normalized: '',
      valid: false,
      kind: 'unknown',
      errors: [
        {
          code: 'too_long',
          message: `The input is ${input.length} characters long; a number is read from at most ${this.#layout.maxInputBytes} bytes.`,
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

  #tooLarge(path, length) {
    throw rangeError(
      'too_large',
      path,
      `${path} has ${length} characters; at most ${MAX_TEXT_LENGTH} are checked at once. Split it into parts.`,
    );
  }

  // A call that answers null, or the error as JSON.
  #refused(at) {
    if (at) throw fromCore(JSON.parse(outputText(this.#core, at)).error);
  }

  // Views on the module's memory, made again only when the memory has grown.
  #views() {
    const { buffer } = this.#core.memory;
    if (this.#heap?.buffer !== buffer) {
      const { address, wordCount } = this.#layout;
      this.#heap = new Uint8Array(buffer);
      this.#wireView = new Int32Array(buffer, address, wordCount);
      this.#inputView = null;
    }
    return this.#heap;
  }

  #reserve(bytes, path) {
    if (bytes <= this.#inputCapacity) return;
    this.#inputView = null;
    this.#inputAddress = this.#core.iin_input(bytes);
    this.#inputCapacity = this.#inputAddress ? bytes : 0;
    if (!this.#inputAddress) {
      throw rangeError(
        'too_large',
        path,
        `${path} needs ${bytes} bytes of memory, more than the checker can have on this device. Split it into parts.`,
      );
    }
  }

  // Most input is ASCII: one byte per UTF-16 unit is tried first; otherwise exactly as many
  // bytes as the text needs, so one non-ASCII line does not triple the memory of a whole file.
  #encode(text, path = 'check(input)') {
    this.#reserve(Math.max(MIN_INPUT_BYTES, text.length), path);
    const heap = this.#views();
    this.#inputView ??= heap.subarray(this.#inputAddress, this.#inputAddress + this.#inputCapacity);
    const { read, written } = utf8.encodeInto(text, this.#inputView);
    if (read === text.length) return written;
    const bytes = utf8.encode(text);
    this.#reserve(bytes.length, path);
    this.#views().set(bytes, this.#inputAddress);
    return bytes.length;
  }

  #run(input, mode, separator = 0, column = 0) {
    this.#core.iin_check(this.#encode(input), mode, separator, column);
    return this.#readResult(input);
  }

  // What iin_check_lines() wrote: the summary, and a copy of the code of each line.
  #readLines() {
    const { words: at } = this.#layout;
    const heap = this.#views();
    const w = this.#wireView;
    const codes = heap.slice(w[at.line_codes], w[at.line_codes] + w[at.line_count]);
    return {
      total: w[at.lines_total],
      valid: w[at.lines_valid],
      invalid: w[at.lines_invalid],
      blank: w[at.lines_blank],
      codes,
    };
  }

  // What iin_detect_layout() found.
  #readFoundLayout() {
    const { words: at } = this.#layout;
    this.#views();
    const w = this.#wireView;
    return {
      separator: w[at.found_separator],
      column: w[at.found_column],
      header: w[at.found_header] === 1,
      columns: w[at.found_columns],
    };
  }

  #readResult(input) {
    const { words: at, codes, kinds, genders, entities, divisions } = this.#layout;
    const heap = this.#views();
    const w = this.#wireView;
    const start = w[at.text_area];
    const texts = utf8Decoder.decode(heap.subarray(start, start + w[at.text_area_bytes]));
    const text = (word) => texts.slice(w[word], w[word] + w[word + 1]);
    const errorCount = w[at.error_count];
    const errors = [];
    const warnings = [];
    for (let i = 0; i < errorCount + w[at.warning_count]; i += 1) {
      const word = at.issues + 4 * i;
      const issue = { code: codes[w[word]], message: text(word + 2) };
      if (w[word + 1] >= 0) issue.position = w[word + 1];
      (i < errorCount ? errors : warnings).push(issue);
    }
    const suggestions = [];
    for (let i = 0; i < w[at.suggestion_count]; i += 1) suggestions.push(text(at.suggestions + 2 * i));
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
