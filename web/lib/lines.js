// The records and fields of a checkMany() text, exactly as the checker read them
// (wasm/include/iin/records.hpp): physical lines end at "\r\n", "\r" or "\n"; a record is one
// line, except those the checker reported as spanning more (a quoted line break); a final line
// end starts no line; a leading byte-order mark is not part of the first record; a header
// record is set apart. Line starts are found on demand, so a batch that nobody reads costs nothing.

const LF = 10;
const CR = 13;
const BOM = '\ufeff';
const NONE = new Int32Array(0);

/** The index of the first '\r' or '\n' at or after `from`, or the text's length. */
export function lineEnd(text, from) {
  let at = from;
  for (; at < text.length; at += 1) {
    const c = text.charCodeAt(at);
    if (c === LF || c === CR) break;
  }
  return at;
}

/** Where the next line starts after the line end at `end`. */
export function nextLine(text, end) {
  if (end >= text.length) return text.length;
  return end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
}

export class Records {
  #text;
  #count;
  #first;
  #irregular;
  #extra = null; // extra lines of the irregular records before each of them, summed
  #starts = null;
  #headerLines;
  /** The header record's text, or null. */
  header = null;

  /**
   * `count`: the records the checker found; `headerLines`: the physical lines of the header record
   * (0: none); `irregular`: the checker's records that are not one line, three numbers each
   * (index, lines, 1 plain + 2 truncated), in order.
   */
  constructor(text, count, { headerLines = 0, irregular = NONE } = {}) {
    this.#text = text;
    this.#count = count;
    this.#irregular = irregular;
    this.#headerLines = headerLines;
    this.#first = text.startsWith(BOM) ? 1 : 0;
    if (headerLines > 0) {
      let end = this.#first;
      for (let line = 0; line < headerLines; line += 1) end = lineEnd(text, line ? nextLine(text, end) : end);
      this.header = text.slice(this.#first, end);
      this.#first = nextLine(text, end);
    }
  }

  get length() {
    return this.#count;
  }

  /** The text of record `index` (0-based, the header not counted), without its line end. */
  at(index) {
    const starts = this.#lineStarts();
    const first = this.#physical(index);
    const last = first + this.#lines(index) - 1;
    return this.#text.slice(starts[first], lineEnd(this.#text, starts[last]));
  }

  /** The file's line number (1 for the first line) where record `index` starts. */
  lineNumber(index) {
    return this.#headerLines + this.#physical(index) + 1;
  }

  /** Whether the checker read record `index` with every quote as a plain character (a quote never closed). */
  plain(index) {
    const at = this.#find(index);
    return at >= 0 && (this.#irregular[3 * at + 2] & 1) === 1;
  }

  // The position in the irregular list of the record `index`, or -1.
  #find(index) {
    const list = this.#irregular;
    let low = 0;
    let high = list.length / 3 - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = list[3 * middle];
      if (value === index) return middle;
      if (value < index) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #lines(index) {
    const at = this.#find(index);
    return at < 0 ? 1 : this.#irregular[3 * at + 1];
  }

  // The physical line (0-based, after the header) where record `index` starts.
  #physical(index) {
    const list = this.#irregular;
    const count = list.length / 3;
    if (count === 0) return index;
    if (!this.#extra) {
      this.#extra = new Float64Array(count + 1);
      for (let i = 0; i < count; i += 1) this.#extra[i + 1] = this.#extra[i] + list[3 * i + 1] - 1;
    }
    let low = 0;
    let high = count; // how many irregular records come before `index`
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[3 * middle] < index) low = middle + 1;
      else high = middle;
    }
    return index + this.#extra[low];
  }

  #lineStarts() {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const count = this.#count === 0 ? 0 : this.#physical(this.#count - 1) + this.#lines(this.#count - 1);
    const starts = new Float64Array(count); // offsets past 4 GiB stay exact
    if (count > 0) starts[0] = this.#first;
    if (!text.includes('\r')) {
      // no line ends at a CR: indexOf is many times faster than a loop
      for (let i = 1, at = this.#first; i < count; i += 1) {
        at = text.indexOf('\n', at) + 1;
        starts[i] = at;
      }
    } else {
      const lineBreak = /\r\n|\r|\n/g;
      lineBreak.lastIndex = this.#first;
      for (let i = 1; i < count; i += 1) {
        const found = lineBreak.exec(text);
        starts[i] = found.index + found[0].length;
      }
    }
    this.#starts = starts;
    return starts;
  }
}

/**
 * The fields of one record (without its line end). `separator` '' makes the record one field. A
 * field whose first non-space character is '"' is quoted: separators and line breaks inside are
 * data, a doubled quote stands for one, and what follows the closing quote up to the separator is
 * kept. `plain`: every quote is a plain character (a record whose quote never closed).
 */
export function splitFields(record, separator, plain = false) {
  const fields = [];
  let at = 0;
  do {
    const [value, end] = readField(record, at, separator, plain);
    fields.push(value);
    at = end + 1;
  } while (at <= record.length);
  return fields;
}

function readField(line, from, separator, plain) {
  const endsField = (c) => separator !== '' && c === separator;
  let at = from;
  while (at < line.length && line[at] === ' ') at += 1;
  if (plain || at === line.length || line[at] !== '"') {
    for (at = from; at < line.length && !endsField(line[at]); at += 1);
    return [line.slice(from, at), at];
  }
  let value = '';
  for (at += 1; at < line.length; at += 1) {
    if (line[at] !== '"') {
      value += line[at];
    } else if (line[at + 1] === '"') {
      value += '"';
      at += 1;
    } else {
      at += 1;
      break;
    }
  }
  const rest = at;
  for (; at < line.length && !endsField(line[at]); at += 1);
  return [value + line.slice(rest, at), at];
}
