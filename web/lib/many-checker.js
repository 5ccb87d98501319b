// Checking lists of IINs and BINs through Check many's compiled module (iin-many-core.wasm:
// wasm/bindings/many.cpp beside number.cpp): a text, an array, or a file read in parts. The
// module holds the single check too, so a ManyChecker is also a NumberChecker. Loaded only when a
// list is first checked: a first visit to the page never downloads it.

import { requireString, describe } from './arguments.js';
import { CHECK_OPTIONS, CoreCalls, checkOptionsKey, requireOptionString } from './core-calls.js';
import { rangeError, typeError } from './errors.js';
import { Records, lineEnd, splitFields } from './lines.js';
import { startManyModule } from './modules.js';
import { NumberChecker } from './number-checker.js';
import { readParts } from './parts.js';

const MANY_OPTIONS = [...CHECK_OPTIONS, 'column', 'header', 'separator', 'birthDateColumn', 'sexColumn'];
const PART_OPTIONS = [...MANY_OPTIONS, 'encoding', 'onProgress'];
const NO_COLUMN = -1;
const SEPARATORS = ['', ',', ';', '\t'];
const BATCH_TEXT = 0;
const BATCH_ITEMS = 1;
const LET_THE_TEXT_TELL = -1;
/** checkMany() takes texts (and arrays, joined) of at most this many UTF-16 code units. */
export const MAX_TEXT_LENGTH = 2 ** 28;

const utf8Decoder = new TextDecoder();

function requireColumn(value, key, allowNull) {
  if (value === undefined || (allowNull && value === null)) return;
  const path = `options.${key}`;
  if (typeof value === 'string') {
    requireOptionString(value, path, 'a column number or name');
  } else if (!(Number.isInteger(value) && value >= 0)) {
    throw typeError(
      path,
      `${path} must be a column number (0 for the first) or a column name${allowNull ? ', or null for none' : ''}, not ${describe(value)}.`,
    );
  }
}

function checkManyOptions(options) {
  const o = options ?? {};
  requireColumn(o.column, 'column', false);
  requireColumn(o.birthDateColumn, 'birthDateColumn', true);
  requireColumn(o.sexColumn, 'sexColumn', true);
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
const isParts = (input) =>
  (typeof Blob !== 'undefined' && input instanceof Blob) ||
  (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream);
// A layout's separator and number column, and its birth-date and sex columns, as the wire takes them.
const wireLayout = (layout) => [layout.separator.charCodeAt(0) || 0, layout.column];
const wireRowColumns = (layout) => [layout.birthDateColumn ?? NO_COLUMN, layout.sexColumn ?? NO_COLUMN];

export class ManyChecker extends NumberChecker {
  #calls;

  /** `core`: the exports of the started iin-many-core.wasm (lib/start-module.js). */
  constructor(core) {
    const calls = new CoreCalls(core);
    super(core, calls);
    this.#calls = calls;
  }

  /**
   * Checks the records of a text (one field of each: see `column`) or an array of strings; a Blob
   * or a ReadableStream of bytes is read in parts (any size, bounded memory) and gives a Promise.
   */
  checkMany(input, options) {
    if (isParts(input)) return this.#checkParts(input, options);
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
      requireString(input, 'checkMany(input) (a text, an array of strings, a Blob or a ReadableStream)');
    }
    if (text.length > MAX_TEXT_LENGTH) this.#tooLarge('checkMany(input)', text.length);
    const key = checkOptionsKey(options, items ? CHECK_OPTIONS : MANY_OPTIONS);
    const o = checkManyOptions(options);
    this.#calls.applyOptions(key);
    if (items?.length === 0)
      return this.#batch({ total: 0, valid: 0, invalid: 0, blank: 0, codes: new Uint8Array(0) }, { items, key });
    const bytes = this.#calls.encode(text, items ? 'checkMany(items)' : 'checkMany(input)');
    const layout = items ? null : this.#textLayout(text, bytes, o, true);
    this.#calls.refused(
      items
        ? this.#calls.core.iin_check_lines(bytes, BATCH_ITEMS, 0, 0, false, NO_COLUMN, NO_COLUMN)
        : this.#calls.core.iin_check_lines(
            bytes,
            BATCH_TEXT,
            ...wireLayout(layout),
            layout.header,
            ...wireRowColumns(layout),
          ),
    );
    const lines = this.#readLines();
    if (items && lines.codes.length !== items.length) return this.#batch(this.#itemByItem(items), { items, key });
    return this.#batch(lines, { text, items, layout, key });
  }

  // A Blob or a stream, in parts: the first part finds the layout; the bytes go into WebAssembly
  // as they are when they are UTF-8, else decoded and encoded again.
  async #checkParts(input, options) {
    const key = checkOptionsKey(options, PART_OPTIONS);
    const o = checkManyOptions(options);
    const onProgress = o.onProgress ?? (() => {});
    if (typeof onProgress !== 'function') {
      throw typeError('options.onProgress', `options.onProgress must be a function, not ${describe(o.onProgress)}.`);
    }
    let layout = null;
    let lines = null;
    await readParts(
      input,
      { encoding: o.encoding },
      {
        first: (text, encoding, complete) => {
          this.#calls.applyOptions(key);
          const bytes = this.#calls.encode(text, 'checkMany(input)');
          layout = { ...this.#textLayout(text, bytes, o, complete), encoding };
          this.#calls.core.iin_batch_begin(...wireLayout(layout), layout.header, ...wireRowColumns(layout));
        },
        space: (bytes) => {
          const at = this.#calls.core.iin_batch_space(bytes);
          if (!at) this.#tooLarge('checkMany(input)', bytes);
          return this.#calls.views().subarray(at, at + bytes);
        },
        commit: (bytes, done) => {
          this.#calls.applyOptions(key);
          this.#calls.refused(this.#calls.core.iin_batch_commit(bytes));
          onProgress(done);
        },
      },
    );
    this.#calls.refused(this.#calls.core.iin_batch_finish());
    lines = this.#readLines();
    const { words: at } = this.#calls.layout;
    const w = this.#calls.wire;
    const header = w[at.header_lines]
      ? utf8Decoder.decode(this.#calls.views().slice(w[at.header_text], w[at.header_text] + w[at.header_bytes]))
      : null;
    onProgress(1);
    return this.#batch(lines, { layout: Object.freeze(layout ?? this.#emptyLayout()), key, header });
  }

  #emptyLayout() {
    return { separator: '', column: 0, columns: 1, header: false, names: [], birthDateColumn: null, sexColumn: null };
  }

  // Which separator, columns and header: the options, else the text's own.
  #textLayout(text, bytes, o, complete) {
    const separator = o.separator === undefined ? LET_THE_TEXT_TELL : o.separator.charCodeAt(0) || 0;
    this.#calls.core.iin_detect_layout(bytes, separator, complete);
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
      birthDateColumn: found.birthDateColumn,
      sexColumn: found.sexColumn,
    };
    const named = (key, value) => {
      const index = names.findIndex((name) => sameName(name, value));
      if (index === -1) {
        throw rangeError(
          'unknown_id',
          `options.${key}`,
          `options.${key} names no column: ${JSON.stringify(value)}; the first line holds ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
        );
      }
      layout.header = o.header ?? true;
      return index;
    };
    if (typeof o.column === 'string') {
      layout.column = named('column', o.column);
    } else if (o.column !== undefined) {
      layout.column = o.column; // a record without that field is blank
    }
    for (const key of ['birthDateColumn', 'sexColumn']) {
      const value = o[key];
      if (value === undefined) continue;
      layout[key] = typeof value === 'string' ? named(key, value) : value;
    }
    return Object.freeze({ ...layout, names: Object.freeze(names) });
  }

  // For arrays whose items hold line breaks, which the joined text would split.
  #itemByItem(items) {
    const codes = new Uint8Array(items.length);
    let valid = 0;
    items.forEach((item, index) => {
      const code =
        (item.length > this.#calls.layout.maxInputBytes ? this.#calls.tooLong(item) : this.#calls.run(item)).errors[0]
          ?.code ?? 'ok';
      codes[index] = this.#calls.layout.codes.indexOf(code);
      if (code === 'ok') valid += 1;
    });
    return { total: items.length, valid, invalid: items.length - valid, blank: 0, codes };
  }

  #batch(lines, { text = null, items = null, layout = null, key, header = null }) {
    const checker = this;
    const { codes } = lines;
    const names = this.#calls.layout.codes;
    const blankLine = this.#calls.layout.blankLine;
    // A batch read in parts keeps no text: its records are counted, not kept.
    const records =
      items || !layout
        ? null
        : new Records(text ?? '', codes.length, { headerLines: lines.headerLines, irregular: lines.irregular });
    const recordHeader = text === null ? null : records?.header;
    const kept = text !== null || items !== null; // a batch read in parts keeps no text
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
    const requireText = (index) => {
      requireLine(index);
      if (!kept) {
        throw rangeError(
          'invalid_value',
          'index',
          'A batch read in parts keeps no text: read the line from your file (lineNumber(index) says where).',
        );
      }
    };
    const rowWords = layout ? [...wireLayout(layout), ...wireRowColumns(layout)] : null;
    return Object.freeze({
      total: lines.total,
      valid: lines.valid,
      invalid: lines.invalid,
      blank: lines.blank,
      leadingZeroLost: lines.rows?.[0] ?? 0,
      birthDateMismatch: lines.rows?.[1] ?? 0,
      sexMismatch: lines.rows?.[2] ?? 0,
      notComparable: lines.rows?.[3] ?? 0,
      codes,
      codeNames: Object.freeze([...names]),
      blankCode: blankLine,
      /** The records that are not one line: three numbers each (index, lines, 1 plain + 2 truncated). */
      multiLine: lines.irregular ?? new Int32Array(0),
      /** The physical lines of the header record (0: no header). */
      headerLines: lines.headerLines ?? 0,
      /** How the text's records were read; null for an array. */
      layout,
      /** The header record (not checked, not counted), or null. */
      header: recordHeader ?? header,
      /** 'valid', 'blank', or the code of the record's first error, or a row outcome. */
      outcome(index) {
        requireLine(index);
        const code = codes[index];
        if (code === blankLine) return 'blank';
        return code === 0 ? 'valid' : names[code];
      },
      /** The file's line number (1 for the first) where record `index` starts. */
      lineNumber(index) {
        requireLine(index);
        return items ? index + 1 : records.lineNumber(index);
      },
      /** The text of record (or item) `index`, without its line end. */
      line(index) {
        requireText(index);
        return items ? items[index] : records.at(index);
      },
      /** The fields of record `index`, quotes undone (an item is one field). */
      fields(index) {
        const line = this.line(index);
        return items ? [line] : splitFields(line, layout.separator, records.plain(index));
      },
      /** The full check result for record (or item) `index`, as the batch judged it. */
      result(index) {
        const line = this.line(index);
        if (items && line.length > checker.#calls.layout.maxInputBytes) return checker.#calls.tooLong(line);
        checker.#calls.applyOptions(key);
        return items ? checker.#calls.run(line) : checker.#row(line, records.plain(index), rowWords).result;
      },
      /**
       * What the row says beside its number: the number with lost leading zeros restored, how many
       * valid numbers are one slip away from a mistyped one (never which: a guess would be another
       * person's number), the one of them that agrees with the row's birth date (and sex) when
       * exactly one does, and the row's birth date and sex as read.
       */
      row(index) {
        const line = this.line(index);
        checker.#calls.applyOptions(key);
        const row = items
          ? checker.#row(line, false, [0, 0, NO_COLUMN, NO_COLUMN])
          : checker.#row(line, records.plain(index), rowWords);
        return { ...row, outcome: this.outcome(index) };
      },
    });
  }

  /**
   * One record of a text, judged as checkMany() judges it with `layout` (a batch's layout; `plain`:
   * the batch read it with quotes as plain characters): batch.row() for a batch checked elsewhere,
   * such as in a worker.
   */
  checkRecord(record, layout, options, { plain = false } = {}) {
    requireString(record, 'checkRecord(record)');
    const key = checkOptionsKey(options, CHECK_OPTIONS);
    this.#calls.applyOptions(key);
    return this.#row(record, plain === true, [...wireLayout(layout), ...wireRowColumns(layout)]);
  }

  // One record in full (iin_check_row): its check and what the row says.
  #row(line, plain, [separator, column, birthDateColumn, sexColumn]) {
    this.#calls.core.iin_check_row(this.#calls.encode(line), plain, separator, column, birthDateColumn, sexColumn);
    const result = this.#calls.readResult(line);
    const { words: at, genders, codes, blankLine } = this.#calls.layout;
    const w = this.#calls.wire;
    const text = (word) => this.#calls.text(word);
    const code = w[at.row_code];
    return {
      result,
      outcome: code === blankLine ? 'blank' : code === 0 ? 'valid' : codes[code],
      restored: text(at.row_restored) || null,
      neighbours: w[at.row_neighbours],
      birthDateMatch: text(at.row_only_agreeing) || null,
      birthDate: text(at.row_birth_date) || null,
      sex: w[at.row_sex] < 0 ? null : genders[w[at.row_sex]],
    };
  }

  #tooLarge(path, length) {
    throw rangeError(
      'too_large',
      path,
      `${path} has ${length} characters; at most ${MAX_TEXT_LENGTH} are checked at once. Split it into parts.`,
    );
  }

  // What iin_check_lines() wrote: the summary, and a copy of the code of each line.
  #readLines() {
    const { words: at } = this.#calls.layout;
    const heap = this.#calls.views();
    const w = this.#calls.wire;
    const codes = heap.slice(w[at.line_codes], w[at.line_codes] + w[at.line_count]);
    const irregular = new Int32Array(heap.buffer.slice(w[at.irregular], w[at.irregular] + 12 * w[at.irregular_count]));
    return {
      total: w[at.lines_total],
      valid: w[at.lines_valid],
      invalid: w[at.lines_invalid],
      blank: w[at.lines_blank],
      rows: Array.from({ length: 4 }, (_, i) => w[at.lines_rows + i]),
      codes,
      irregular,
      headerLines: w[at.header_lines],
    };
  }

  // What iin_detect_layout() found.
  #readFoundLayout() {
    const { words: at } = this.#calls.layout;
    this.#calls.views();
    const w = this.#calls.wire;
    return {
      separator: w[at.found_separator],
      column: w[at.found_column],
      header: w[at.found_header] === 1,
      columns: w[at.found_columns],
      birthDateColumn: w[at.found_birth_date_column] < 0 ? null : w[at.found_birth_date_column],
      sexColumn: w[at.found_sex_column] < 0 ? null : w[at.found_sex_column],
    };
  }
}

/** Starts Check many's module: `folder` (a URL from folderUrl()) or `bytes` (the .wasm), as startNumbers(). */
export async function startMany(place) {
  return new ManyChecker(await startManyModule(place));
}
