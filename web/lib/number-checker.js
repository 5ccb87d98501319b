// Checking IINs and BINs through the compiled number checker. check() runs on every
// keystroke, so its answer comes back as a block of 32-bit words (the "wire", laid out by
// bindings.cpp and described by wireLayout()) rather than as JSON.

import { requireKnownKeys, requireString, describe } from './arguments.js';
import { Lines } from './lines.js';

const CHECK_OPTIONS = ['strict', 'expect', 'birthDate', 'gender'];
const SINGLE_CHECK = -1;
const BATCH_TEXT = 0;
const BATCH_ITEMS = 1;
const NO_OPTIONS = '0|||';
const MIN_INPUT_BYTES = 64;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export class NumberChecker {
  #core;
  #layout;
  #inputAddress = 0;
  #inputCapacity = 0;
  #inputView = null;
  #wireView = null;
  #optionsKey = NO_OPTIONS;

  constructor(core) {
    this.#core = core;
    this.#layout = core.wireLayout();
    this.version = this.#layout.version;
  }

  /** Checks one IIN or BIN as a person typed or pasted it. */
  check(input, options) {
    requireString(input, 'check(input)');
    this.#applyOptions(options);
    return this.#run(input, SINGLE_CHECK);
  }

  /** Checks a newline-separated text (first field of each line) or an array of strings. */
  checkMany(input, options) {
    let text;
    let items = null;
    if (typeof input === 'string') {
      text = input;
    } else if (Array.isArray(input)) {
      for (let i = 0; i < input.length; i += 1) {
        if (typeof input[i] !== 'string') requireString(input[i], `checkMany(items)[${i}]`);
      }
      items = input;
      text = input.join('\n');
    } else {
      requireString(input, 'checkMany(input) (a text or an array of strings)');
    }
    this.#applyOptions(options);
    if (items?.length === 0) return this.#batch(text, { total: 0, valid: 0, invalid: 0, blank: 0, codes: new Uint8Array(0) }, items);
    const mode = items ? BATCH_ITEMS : BATCH_TEXT;
    const raw = this.#core.checkLines(this.#encode(text), mode);
    const lines = { total: raw.total, valid: raw.valid, invalid: raw.invalid, blank: raw.blank, codes: raw.codes.slice() };
    if (items && lines.codes.length !== items.length) return this.#batch(text, this.#itemByItem(items), items);
    return this.#batch(text, lines, items);
  }

  // For arrays whose items hold line breaks, which the joined text would split.
  #itemByItem(items) {
    const codes = new Uint8Array(items.length);
    let valid = 0;
    items.forEach((item, index) => {
      const code = this.#run(item, SINGLE_CHECK).errors[0]?.code ?? 'ok';
      codes[index] = this.#layout.codes.indexOf(code);
      if (code === 'ok') valid += 1;
    });
    return { total: items.length, valid, invalid: items.length - valid, blank: 0, codes };
  }

  #batch(text, lines, items) {
    const checker = this;
    const { codes } = lines;
    const names = this.#layout.codes;
    const blankLine = this.#layout.blankLine;
    const options = this.#optionsKey;
    const textLines = items ? null : new Lines(text, codes.length);
    const requireLine = (index) => {
      if (!(Number.isInteger(index) && index >= 0 && index < codes.length)) {
        throw new RangeError(`No line ${index}: the lines are numbered 0 to ${codes.length - 1}.`);
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
      /** 'valid', 'blank', or the code of the line's first error. */
      outcome(index) {
        requireLine(index);
        const code = codes[index];
        if (code === blankLine) return 'blank';
        return code === 0 ? 'valid' : names[code];
      },
      /** The text of line (or item) `index`, as given. */
      line(index) {
        requireLine(index);
        return items ? items[index] : textLines.at(index);
      },
      /** The full check result for line (or item) `index`, as the batch judged it. */
      result(index) {
        const line = this.line(index);
        checker.#restoreOptions(options);
        return checker.#run(line, items ? SINGLE_CHECK : BATCH_TEXT);
      },
    });
  }

  #applyOptions(options) {
    if (options === undefined && this.#optionsKey === NO_OPTIONS) return;
    requireKnownKeys(options, CHECK_OPTIONS, 'check option');
    const o = options ?? {};
    const key = `${o.strict ? 1 : 0}|${o.expect ?? ''}|${o.birthDate ?? ''}|${o.gender ?? ''}`;
    if (key === this.#optionsKey) return;
    for (const name of ['expect', 'birthDate', 'gender']) {
      if (o[name] !== undefined) requireString(o[name], `options.${name}`);
    }
    if (o.strict !== undefined && typeof o.strict !== 'boolean') {
      throw new TypeError(`options.strict must be true or false, not ${describe(o.strict)}.`);
    }
    const problem = this.#core.setOptions(!!o.strict, o.expect ?? '', o.birthDate ?? '', o.gender ?? '');
    if (problem) throw new RangeError(problem);
    this.#optionsKey = key;
  }

  #restoreOptions(key) {
    if (key === this.#optionsKey) return;
    const [strict, expect, birthDate, gender] = key.split('|');
    this.#core.setOptions(strict === '1', expect, birthDate, gender);
    this.#optionsKey = key;
  }

  // Views on the module's memory, made again only when the memory has grown.
  #views() {
    const heap = this.#core.HEAPU8;
    if (this.#wireView?.buffer !== heap.buffer) {
      const { address, wordCount } = this.#layout;
      this.#wireView = new Int32Array(heap.buffer, address, wordCount);
      this.#inputView = null;
    }
    return heap;
  }

  #encode(text) {
    // Most input is ASCII: try one byte per UTF-16 unit first, then the UTF-8 worst case.
    for (const bytesPerUnit of [1, 3]) {
      const capacity = Math.max(MIN_INPUT_BYTES, text.length * bytesPerUnit);
      if (capacity > this.#inputCapacity) {
        this.#inputAddress = this.#core.inputBuffer(capacity);
        this.#inputCapacity = capacity;
        this.#inputView = null;
      }
      const heap = this.#views();
      this.#inputView ??= heap.subarray(this.#inputAddress, this.#inputAddress + this.#inputCapacity);
      const { read, written } = utf8.encodeInto(text, this.#inputView);
      if (read === text.length) return written;
    }
    throw new Error('unreachable: three bytes per UTF-16 unit always suffice');
  }

  #run(input, mode) {
    this.#core.checkInput(this.#encode(input), mode);
    return this.#readResult(input);
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
        ? { birthDate: text(at.birth_date), gender: genders[w[at.gender]], century: w[at.century],
            serial: text(at.iin_serial) }
        : null,
      bin: w[at.has_bin]
        ? { registered: text(at.registered), entity: entities[w[at.entity]],
            division: divisions[w[at.division]], serial: text(at.bin_serial) }
        : null,
      suggestions,
    };
  }
}
