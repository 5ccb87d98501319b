// The lines and fields of a checkMany() text, exactly as the checker reads them
// (wasm/include/iin/batch.hpp): lines end at "\r\n", "\r" or "\n"; a final line end starts no
// line; a leading byte-order mark is not part of the first line; a header line is set apart.
// Line starts are found on demand, so a batch that nobody reads costs nothing.

const LF = 10;
const CR = 13;
const BOM = '\ufeff';

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

export class Lines {
  #text;
  #count;
  #first;
  #starts = null;
  /** The header line's text, or null. */
  header = null;

  /** `count`: the number of lines the checker found; `header`: the first line is a header. */
  constructor(text, count, { header = false } = {}) {
    this.#text = text;
    this.#count = count;
    let first = text.startsWith(BOM) ? 1 : 0;
    if (header && first < text.length) {
      const end = lineEnd(text, first);
      this.header = text.slice(first, end);
      first = nextLine(text, end);
    }
    this.#first = first;
  }

  get length() {
    return this.#count;
  }

  /** The text of line `index` (0-based, the header not counted), without its line end. */
  at(index) {
    const starts = this.#lineStarts();
    return this.#text.slice(starts[index], lineEnd(this.#text, starts[index]));
  }

  #lineStarts() {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = new Float64Array(this.#count); // offsets past 4 GiB stay exact
    if (this.#count > 0) starts[0] = this.#first;
    if (!/\r(?!\n)/.test(text)) {
      // no line ends at a lone CR: indexOf is many times faster than a loop
      for (let i = 1, at = this.#first; i < this.#count; i += 1) {
        at = text.indexOf('\n', at) + 1;
        starts[i] = at;
      }
    } else {
      const lineBreak = /\r\n|\r|\n/g;
      lineBreak.lastIndex = this.#first;
      for (let i = 1; i < this.#count; i += 1) {
        const found = lineBreak.exec(text);
        starts[i] = found.index + found[0].length;
      }
    }
    this.#starts = starts;
    return starts;
  }
}

/**
 * The fields of one line (without its line end). `separator` '' makes the line one field. A field
 * whose first non-space character is '"' is quoted: it runs to the next lone '"', a doubled quote
 * stands for one, and what follows the closing quote up to the separator is kept.
 */
export function splitFields(line, separator) {
  const fields = [];
  let at = 0;
  do {
    const [value, end] = readField(line, at, separator);
    fields.push(value);
    at = end + 1;
  } while (at <= line.length);
  return fields;
}

function readField(line, from, separator) {
  const endsField = (c) => separator !== '' && c === separator;
  let at = from;
  while (at < line.length && line[at] === ' ') at += 1;
  if (at === line.length || line[at] !== '"') {
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
