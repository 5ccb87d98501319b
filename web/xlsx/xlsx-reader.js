// Reads one sheet of an Excel workbook (.xlsx) as the text of a CSV, cells as Excel shows them:
// shared and inline strings, numbers (an IIN typed as a number keeps its digits; 11 of them are
// then a lost leading zero, which the checker names), dates in their number format, booleans.
// The zip is read with fflate (npm, MIT, pinned in scripts/package-lock.json), in parts: a
// workbook of any size is read with bounded memory and progress, and an entry that unpacks to
// more than the limits (a zip bomb) is refused with a clear error instead of exhausting memory.
// Bundled with fflate into the site's vendor/xlsx-reader.js (scripts/bundle-xlsx.mjs): loaded
// only when a workbook is chosen.

import { Unzip, UnzipInflate } from 'fflate';

/** Unpacked bytes allowed for the chosen sheet, and for each other part read (strings, styles…). */
export const MAX_SHEET_BYTES = 1 << 30;
export const MAX_PART_BYTES = 64 << 20;
/** The CSV text of a sheet is at most this many characters (checkMany's limit for one text). */
export const MAX_TEXT_LENGTH = 2 ** 28;
const MAX_COLUMNS = 16384;
const SLICE_BYTES = 4096;
const YIELD_AFTER_MS = 30;
const MAX_ROWS = 1_048_576;

// `megabytes`: the limit that was passed, for the reader's message.
const tooLarge = (detail, megabytes) =>
  Object.assign(new Error(`workbook too large: ${detail}`), { code: 'too_large', detail, megabytes });
const broken = (detail) =>
  Object.assign(new Error(`not a readable workbook: ${detail}`), { code: 'invalid_value', detail });

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// XML's entities and character references, and Excel's _xHHHH_ escapes of control characters.
function unescapeXml(text) {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
      if (name[0] !== '#') return ENTITIES[name] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/_x([0-9A-F]{4})_/g, (whole, hex) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTES = new Map();
function attribute(tag, name) {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  return pattern.exec(tag)?.[1];
}

// The text of every <t> inside a shared string or an inline string, phonetic runs (<rPh>) left out.
function textOf(xml) {
  let out = '';
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const [, , inner] of withoutPhonetic.matchAll(/<t(\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(inner ?? '');
  return out;
}

// 'A' → 0, 'AB' → 27.
function columnIndex(reference) {
  let index = 0;
  for (const c of reference) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

/** Each file of the zip that `wanted(name)` accepts, unpacked (at most `max` bytes), by name. */
async function readEntries(blob, wanted, onBytes, onProgress) {
  const found = new Map();
  let failure = null;
  const unzip = new Unzip((file) => {
    const limit = wanted(file.name);
    if (!limit) return;
    if (file.originalSize > limit) {
      // Its own header says so: refused before anything is unpacked.
      failure = tooLarge(`${file.name} unpacks to ${file.originalSize} bytes`, Math.round(limit / 2 ** 20));
      return;
    }
    let size = 0;
    const parts = onBytes?.(file.name) ?? [];
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = broken(String(error.message ?? error));
        return;
      }
      size += data.length;
      if (size > limit) {
        failure = tooLarge(
          `${file.name} unpacks to more than ${Math.round(limit / 2 ** 20)} MB`,
          Math.round(limit / 2 ** 20),
        );
        file.terminate();
        return;
      }
      if (Array.isArray(parts)) parts.push(data);
      else parts.push(data, final);
      if (final && Array.isArray(parts)) found.set(file.name, parts);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const reader = blob.stream().getReader();
  let read = 0;
  let since = Date.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // In small slices: deflate unpacks at most about 1,000 times its size, so a slice makes at
    // most a few megabytes at once (a zip bomb is caught early), and the thread it runs on is
    // given back every few dozen milliseconds.
    for (let at = 0; at < value.length; at += SLICE_BYTES) {
      try {
        unzip.push(value.subarray(at, at + SLICE_BYTES));
      } catch (error) {
        throw error?.code ? error : broken(String(error?.message ?? error));
      }
      if (failure) {
        await reader.cancel();
        throw failure;
      }
      if (Date.now() - since > YIELD_AFTER_MS) {
        await new Promise((resume) => setTimeout(resume, 0));
        since = Date.now();
      }
    }
    read += value.length;
    onProgress?.(read / blob.size);
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
  return found;
}

const decodeParts = (parts) => {
  const decoder = new TextDecoder();
  let text = '';
  for (const part of parts) text += decoder.decode(part, { stream: true });
  return text + decoder.decode();
};

// Built-in number formats that are dates (ECMA-376 §18.8.30), and a custom one's code.
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateCode(code) {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && /[./-]/.test(bare));
}

// A date shown day first with its whole year (31.12.1990, 31/12/1990) is kept as shown. Any other
// (12/31/90 as LibreOffice and US Excel save it, month names, two-digit years) is written
// YYYY-MM-DD: the same day, in a form no reader takes for another (03/05/1990 is 3 May to the
// birth-date check, but 5 March to a US sheet).
const DAY_FIRST = /^DD?([./-])MM?\1YYYY$/;

/** The cell styles' number formats: for each style index, 'date', a zero-padded width, or null. */
function readStyles(xml) {
  if (!xml) return [];
  const custom = new Map();
  for (const [tag] of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    custom.set(Number(attribute(tag, 'numFmtId')), unescapeXml(attribute(tag, 'formatCode') ?? ''));
  }
  const cellXfs = xml.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)?.[0] ?? '';
  return [...cellXfs.matchAll(/<xf\s[^>]*>/g)].map(([tag]) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code === undefined) return DATE_FORMATS.has(id) ? { date: 'DD.MM.YYYY' } : null;
    if (/^0+$/.test(code)) return { width: code.length };
    if (!isDateCode(code)) return null;
    // The date part of the code, as Excel would show it: day, month, year and their separators.
    const date = code
      .replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')
      .replace(/\s*[hH]+.*$/, '')
      .replace(/yyyy|yy|dd|d|mm|m/gi, (part) => part.toUpperCase())
      .trim();
    return { date: DAY_FIRST.test(date) ? date : 'YYYY-MM-DD' };
  });
}

// Excel's serial day number as a date in `pattern` (DD, D, MM, M, YYYY, YY).
function formatSerial(serial, pattern) {
  const days = Math.floor(serial);
  if (!(days >= 1 && days < 2958466) || days === 60) return String(serial);
  const date = new Date(Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86_400_000);
  const pad = (n, width) => String(n).padStart(width, '0');
  const parts = {
    DD: pad(date.getUTCDate(), 2),
    D: String(date.getUTCDate()),
    MM: pad(date.getUTCMonth() + 1, 2),
    M: String(date.getUTCMonth() + 1),
    YYYY: String(date.getUTCFullYear()),
    YY: pad(date.getUTCFullYear() % 100, 2),
  };
  return pattern.replace(/YYYY|YY|DD|D|MM|M/g, (part) => parts[part]);
}

// A number as Excel shows it in General format: all its digits, never an exponent for integers.
function formatNumber(raw, style) {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (style?.date) return formatSerial(value, style.date);
  const text = Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : raw;
  return style?.width && /^\d+$/.test(text) ? text.padStart(style.width, '0') : text;
}

const csvCell = (value) => (/[",\r\n]|^\s/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Turns the sheet's XML, given in parts, into CSV records; `rowsTo(csv)` takes them a slice at a time. */
class SheetToCsv {
  #tail = '';
  #row = [];
  #rowNumber = 0;
  #length = 0;
  #out = [];
  constructor(strings, styles) {
    this.strings = strings;
    this.styles = styles;
  }

  push(text, final) {
    const xml = this.#tail + text;
    // Up to the last complete cell or row end; the rest waits for the next part.
    const after = (mark) => {
      const at = xml.lastIndexOf(mark);
      return at < 0 ? 0 : at + mark.length;
    };
    const cut = final ? xml.length : Math.max(after('</c>'), after('</row>'), after('/>'));
    this.#tail = xml.slice(cut);
    for (const [, rowTag, emptyCell, cellTag, cellBody, closedRow] of xml
      .slice(0, cut)
      .matchAll(/(<row\b[^>]*>)|(<c\b[^>]*?\/>)|(<c\b[^>]*>)([\s\S]*?)<\/c>|(<\/row>)/g)) {
      if (rowTag) this.#startRow(rowTag);
      else if (emptyCell) this.#addCell(emptyCell, '');
      else if (cellTag) this.#addCell(cellTag, cellBody);
      else if (closedRow) this.#endRow();
    }
    if (final && this.#row.length) this.#endRow();
  }

  #startRow(tag) {
    const number = Number(attribute(tag, 'r') ?? this.#rowNumber + 1);
    if (!(number > this.#rowNumber && number <= MAX_ROWS)) throw broken(`row ${number} out of order`);
    while (this.#rowNumber + 1 < number) this.#emit(''); // rows Excel leaves out are empty rows
    this.#rowNumber = number;
    this.#row = [];
    if (tag.endsWith('/>')) this.#endRow();
  }

  #addCell(tag, body) {
    const reference = attribute(tag, 'r');
    const column = reference ? columnIndex(reference) : this.#row.length;
    if (column < 0 || column >= MAX_COLUMNS) throw broken(`cell ${reference} out of range`);
    const type = attribute(tag, 't') ?? 'n';
    const raw = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
    let value = '';
    if (type === 'inlineStr') value = textOf(body);
    else if (raw === undefined) value = '';
    else if (type === 's') value = this.strings[Number(raw)] ?? '';
    else if (type === 'b') value = raw === '1' ? 'TRUE' : 'FALSE';
    else if (type === 'n') value = formatNumber(raw, this.styles[Number(attribute(tag, 's') ?? 0)]);
    else value = unescapeXml(raw);
    while (this.#row.length < column) this.#row.push('');
    this.#row[column] = value;
  }

  #endRow() {
    this.#emit(this.#row.map(csvCell).join(','));
    this.#row = [];
  }

  #emit(line) {
    this.#length += line.length + 1;
    if (this.#length > MAX_TEXT_LENGTH)
      throw tooLarge(`the sheet is longer than ${MAX_TEXT_LENGTH} characters as text`, MAX_TEXT_LENGTH / 2 ** 20);
    this.#out.push(line);
  }

  text() {
    return this.#out.length ? `${this.#out.join('\n')}\n` : '';
  }
}

const pathOf = (target) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/**
 * Sheet `index` (0 for the first) of the workbook in `blob`: { text (CSV, ',' separated, one
 * record per row, rows Excel leaves out as empty ones), sheet (its index), sheets (their names) }.
 * Errors carry `code`: 'too_large' (with `detail`) or 'invalid_value'.
 */
export async function readSheet(blob, index = 0, onProgress = () => {}) {
  const META = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  const meta = await readEntries(
    blob,
    (name) => META.has(name) && MAX_PART_BYTES,
    null,
    (share) => onProgress(share / 3),
  );
  const workbook = meta.get('xl/workbook.xml');
  if (!workbook) throw broken('no xl/workbook.xml');
  const workbookXml = decodeParts(workbook);
  const relations = decodeParts(meta.get('xl/_rels/workbook.xml.rels') ?? []);
  const targets = new Map(
    [...relations.matchAll(/<Relationship\s[^>]*>/g)].map(([tag]) => [attribute(tag, 'Id'), attribute(tag, 'Target')]),
  );
  const sheets = [...workbookXml.matchAll(/<sheet\s[^>]*>/g)].map(([tag]) => ({
    name: unescapeXml(attribute(tag, 'name') ?? ''),
    path: pathOf(targets.get(attribute(tag, 'r:id')) ?? ''),
  }));
  if (!sheets.length) throw broken('no sheet');
  const sheet = Math.min(Math.max(0, index), sheets.length - 1);
  const strings = meta.has('xl/sharedStrings.xml')
    ? [...decodeParts(meta.get('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map(([, inner]) =>
        textOf(inner ?? ''),
      )
    : [];
  const styles = readStyles(meta.has('xl/styles.xml') ? decodeParts(meta.get('xl/styles.xml')) : '');
  const csv = new SheetToCsv(strings, styles);
  const decoder = new TextDecoder();
  let seen = false;
  await readEntries(
    blob,
    (name) => name === sheets[sheet].path && MAX_SHEET_BYTES,
    () => ({
      push(data, final) {
        seen = true;
        csv.push(decoder.decode(data, { stream: !final }), final);
      },
    }),
    (share) => onProgress(1 / 3 + (2 * share) / 3),
  );
  if (!seen) throw broken(`no ${sheets[sheet].path}`);
  return { text: csv.text(), sheet, sheets: sheets.map((s) => s.name) };
}
