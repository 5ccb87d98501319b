// "Check many": a pasted list, or a dropped .csv/.txt file (its encoding found, or chosen) or
// Excel workbook (a sheet of it), checked in a Web Worker; the column that holds the numbers
// found (or picked), and the birth-date and sex columns compared with what each number encodes;
// then a summary, a filterable table a page at a time, and the results as CSV or .xlsx.

import { Records, splitFields } from '../lib/lines.js';
import { decode, sniff } from '../lib/encoding.js';
import { MAX_TEXT_LENGTH } from '../lib/many-checker.js';
import { localToday } from '../lib/local-date.js';
import { checkList } from './many-check.js';
import { el, fill } from './dom.js';
import { csvExport, xlsxExport, XLSX_MAX_ROWS, isRowNumberName } from './many-export.js';
import { isSingleFile } from './resources.js';
import { sharedMany } from './shared.js';
import { scriptUrl, withTrustedWorkers } from './trusted-types.js';

const ROWS_PER_PAGE = 100;
const PICKER_COLUMNS = 1000;
const SNIFF_BYTES = 1 << 16;
// A file larger than this is checked in parts and only counted: its text would not fit in a string.
const SHOWN_BYTES_MAX = MAX_TEXT_LENGTH;
const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
};
// A paste longer than this is kept aside instead of in the text box: the browser lays a text box
// out line by line, and for 100,000 lines that takes seconds, again whenever the page's width changes.
const PASTE_IN_BOX_MAX = 200_000;
const pause = () => new Promise((resume) => setTimeout(resume, 0));

// A single file opened from disk has no worker script to start: it checks on the page itself,
// slice by slice, which keeps the page responsive too; so does a page whose Trusted Types forbid
// the checker's policy. From an element's base-url folder, the worker is that folder's.
function startWorker(folder) {
  if (isSingleFile()) return null;
  try {
    if (folder) return new Worker(scriptUrl(new URL('element/many-worker.js', folder)), { type: 'module' });
    return withTrustedWorkers(() => new Worker(new URL('./many-worker.js', import.meta.url), { type: 'module' }));
  } catch {
    return null;
  }
}

function download(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The export's file name: the source file's, the date, and the kind. */
export function exportName(sourceName, today, kind) {
  const base = [...(sourceName ?? '').replace(/\.[^.]*$/, '')]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return `${base || 'iin-check'}-checked-${today}.${kind}`;
}

/** ctx: { $ (an id → element), i18n (the current translator) }. */
export function setUpManyView(ctx) {
  const { $ } = ctx;
  const t = (...args) => ctx.i18n.t(...args);
  const formatNumber = (n) => ctx.i18n.formatNumber(n);
  const textArea = $('many-text');
  const fileInput = $('many-file');
  const progress = $('many-progress');
  const run = $('many-run');
  const filter = $('many-filter');
  const columnField = $('many-column-field');
  const columnPicker = $('many-column');
  const birthPicker = $('many-birth-column');
  const sexPicker = $('many-sex-column');
  const expect = $('many-expect');
  const exportStatus = $('many-export-status');
  const fileNote = $('many-file-note');
  const encodingPicker = $('many-encoding');
  const sheetPicker = $('many-sheet');
  let worker; // started on the first check: an element that is never used for lists costs nothing
  let checker = null; // Check many's module on this page (the table's rows), loaded on the first check
  let job = 0;
  // { text } (pasted), or { file, name, encoding, text } (a text file), or { file, name, sheet } (a
  // workbook to read) that becomes { file, name, text, shownSheet, sheets } once read.
  let source = null;
  let pasted = null; // a long paste, kept aside from the text box
  let shown = null; // { records, codes, names, blankCode, layout, header, options, rows, page, summary, outcome }

  const outcomeOf = (code) => (code === shown.blankCode ? 'blank' : code === 0 ? 'valid' : shown.names[code]);
  const outcomeText = (name) => t(name === 'valid' ? 'outcomeValid' : `outcome_${name}`);
  const isValid = (name) => name === 'valid' || name === 'not_comparable';
  const isMismatch = (name) => name === 'birth_date_mismatch' || name === 'sex_mismatch';

  // A plain loop over the codes: it runs on the page's thread over every record of the file.
  function selectRows() {
    const want = filter.value;
    const { codes } = shown;
    const keep = {
      all: () => true,
      valid: isValid,
      invalid: (name) => !isValid(name) && !isMismatch(name) && name !== 'blank',
      mismatch: isMismatch,
      blank: (name) => name === 'blank',
    }[want];
    const wanted = new Uint8Array(256);
    for (let code = 0; code < 256; code += 1)
      wanted[code] = keep(code === shown.blankCode ? 'blank' : code === 0 ? 'valid' : (shown.names[code] ?? ''))
        ? 1
        : 0;
    const rows = [];
    for (let index = 0; index < codes.length; index += 1) if (wanted[codes[index]]) rows.push(index);
    shown.rows = rows;
    shown.page = 0;
  }

  function rowOf(index) {
    return checker.checkRecord(shown.records.at(index), shown.layout, shown.checkOptions, {
      plain: shown.records.plain(index),
    });
  }

  function numberCell(index) {
    const line = shown.records.at(index);
    const { separator, column, names, header } = shown.layout;
    if (separator === '') return [el('span', { class: 'mono' }, line)];
    const fields = splitFields(line, separator, shown.records.plain(index));
    // The file's own row numbers (a "№" column) would be a second line number: left out here.
    const others = fields
      .filter((field, i) => i !== column && field.trim() !== '' && !(header && isRowNumberName(names[i])))
      .join(' · ');
    return [
      el('span', { class: 'mono' }, fields[column] ?? ''),
      others && el('span', { class: 'row-context' }, others),
    ];
  }

  function resultCell(index, name) {
    const mark = isValid(name) ? '✓ ' : name === 'blank' ? '– ' : '✗ ';
    const parts = [el('span', { 'aria-hidden': 'true' }, mark), outcomeText(name)];
    if (name === 'leading_zero_lost' || name === 'checksum_mismatch') {
      const row = rowOf(index);
      const detail = [];
      if (row.restored) detail.push(t('rowRestored', { number: row.restored }));
      if (row.neighbours) detail.push(t('rowNeighbours', { count: formatNumber(row.neighbours) }));
      if (row.birthDateMatch) detail.push(t('rowBirthMatch', { number: row.birthDateMatch }));
      if (detail.length) parts.push(el('span', { class: 'row-context' }, detail.join(' ')));
    }
    return el('span', {}, ...parts);
  }

  function renderPage() {
    const { rows, page } = shown;
    const first = page * ROWS_PER_PAGE;
    const labels = { line: t('colLine'), number: t('colNumber'), result: t('colResult') };
    $('many-empty').hidden = rows.length > 0 || !shown.records;
    fill(
      $('many-rows'),
      shown.records
        ? rows.slice(first, first + ROWS_PER_PAGE).map((index) => {
            const name = outcomeOf(shown.codes[index]);
            return el(
              'tr',
              { class: `row--${isValid(name) ? 'valid' : name === 'blank' ? 'blank' : 'invalid'}` },
              // One child per cell: on a narrow screen each cell is a grid of its label and this.
              el('td', { 'data-label': labels.line }, el('span', {}, formatNumber(shown.records.lineNumber(index)))),
              el('td', { 'data-label': labels.number }, el('div', {}, ...numberCell(index))),
              el('td', { 'data-label': labels.result }, resultCell(index, name)),
            );
          })
        : [],
    );
    const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
    $('page-status').textContent = t('pageStatus', { page: formatNumber(page + 1), pages: formatNumber(pages) });
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page + 1 >= pages;
  }

  function renderSummary() {
    const { summary, header } = shown;
    const parts = [
      t('manySummary', {
        total: formatNumber(summary.total),
        valid: formatNumber(summary.valid),
        invalid: formatNumber(summary.invalid),
      }),
    ];
    if (summary.blank) parts.push(t('manyBlank', { blank: formatNumber(summary.blank) }));
    for (const [key, count] of [
      ['manyLeadingZero', summary.leadingZeroLost],
      ['manyBirthMismatch', summary.birthDateMismatch],
      ['manySexMismatch', summary.sexMismatch],
      ['manyNotComparable', summary.notComparable],
    ]) {
      if (count) parts.push(t(key, { count: formatNumber(count) }));
    }
    $('many-summary').textContent = parts.join(' ');
    const note = $('many-header-note');
    note.hidden = header === null;
    if (header !== null) note.textContent = t('manyHeader', { header });
    renderFileNote();
  }

  function renderFileNote() {
    const file = source?.file ? source : null;
    fileNote.hidden = !file;
    $('many-source-field').hidden = !file || (!file.encoding && !file.sheets);
    $('many-encoding-field').hidden = !file?.encoding;
    $('many-sheet-field').hidden = !file?.sheets;
    if (!file) return;
    if (file.message) {
      fileNote.textContent = file.message;
      return;
    }
    if (file.sheets) {
      fileNote.textContent = t('manyFileSheet', { name: file.name, sheet: file.sheets[file.shownSheet] });
      fill(
        sheetPicker,
        file.sheets.map((name, i) => el('option', { value: String(i), selected: i === file.shownSheet }, name)),
      );
    } else {
      const parts =
        file.text === null
          ? ` ${t('manyFileParts', { name: file.name, size: formatNumber(Math.round(file.file.size / 2 ** 20)) })}`
          : '';
      fileNote.textContent = t('manyFileRead', { name: file.name, encoding: ENCODING_NAMES[file.encoding] }) + parts;
      encodingPicker.value = file.encoding;
    }
  }

  // A picker lists the first PICKER_COLUMNS columns (and the chosen one): a sheet may have 16,384,
  // and as many options would take the page seconds to build and nobody could scroll through them.
  function columnOptions(picker, chosen, withNone) {
    const { layout } = shown;
    const firstLine =
      layout.header || !shown.records?.length ? null : splitFields(shown.records.at(0), layout.separator);
    const indexes = Array.from({ length: Math.min(layout.columns, PICKER_COLUMNS) }, (_, i) => i);
    if (chosen !== null && chosen >= PICKER_COLUMNS) indexes.push(chosen);
    const options = indexes.map((i) => {
      const name = layout.header ? (layout.names[i] ?? '') : '';
      const example = firstLine?.[i] ?? '';
      const label = name.trim()
        ? t('columnNamed', { number: i + 1, name })
        : example.trim()
          ? t('columnExample', { number: i + 1, example })
          : t('exportColumn', { number: i + 1 });
      return el('option', { value: String(i), selected: i === chosen }, label);
    });
    if (withNone) options.unshift(el('option', { value: '', selected: chosen === null }, t('columnNone')));
    fill(picker, options);
  }

  function renderColumnPicker() {
    const { layout } = shown;
    columnField.hidden = layout.columns < 2;
    if (layout.columns < 2) return;
    columnOptions(columnPicker, layout.column, false);
    columnOptions(birthPicker, layout.birthDateColumn, true);
    columnOptions(sexPicker, layout.sexColumn, true);
  }

  function show(result, options) {
    const text = source?.text ?? null;
    shown = {
      records:
        text === null
          ? null
          : new Records(text, result.codes.length, { headerLines: result.headerLines, irregular: result.multiLine }),
      codes: result.codes,
      names: result.codeNames,
      blankCode: result.blankCode,
      layout: result.layout,
      header: result.header,
      options,
      checkOptions: options.expect ? { expect: options.expect } : undefined,
      summary: result,
      sourceName: source?.name ?? null,
    };
    shown.outcome = (index) => outcomeOf(shown.codes[index]);
    shown.row = rowOf;
    $('many-results').hidden = false;
    exportStatus.textContent = '';
    for (const kind of ['csv', 'xlsx']) $(`many-download-${kind}`).hidden = text === null;
    renderSummary();
    renderColumnPicker();
    selectRows();
    renderPage();
  }

  function failed(error) {
    progress.hidden = true;
    run.disabled = false;
    const key = { too_large: 'manyTooLarge', unavailable: 'manyUnavailable' }[error?.code] ?? 'manyFailed';
    $('many-summary').textContent = t(key);
    $('many-results').hidden = false;
    for (const part of [$('many-header-note'), columnField]) part.hidden = true;
    fill($('many-rows'));
  }

  // A message about the chosen file instead of results: nothing typed is lost, the last results go.
  function refuse(message) {
    source = { file: null, name: null, message };
    shown = null;
    progress.hidden = true;
    run.disabled = false;
    $('many-results').hidden = true;
    fileNote.hidden = false;
    fileNote.textContent = message;
    $('many-source-field').hidden = true;
  }

  // Check many's module first (the worker loads it again from the browser's cache): without a
  // connection the first time, the list waits, said so, with nothing typed lost.
  function check(options) {
    const id = ++job;
    progress.hidden = false;
    progress.removeAttribute('value'); // indeterminate until a part is read
    run.disabled = true;
    sharedMany(ctx.folder?.()).then(
      (loaded) => {
        checker = loaded;
        if (id === job) checkWith(id, options);
      },
      () => {
        if (id === job) failed({ code: 'unavailable' });
      },
    );
  }

  function checkWith(id, options) {
    if (worker === undefined) worker = startWorker(ctx.folder?.());
    const { sheet } = source;
    const input = source.text ?? source.file;
    const sent =
      sheet !== undefined
        ? { ...options, separator: ',' } // the sheet's text is a CSV
        : source.text === null
          ? { ...options, encoding: source.encoding }
          : options;
    const done = (result) => {
      if (id !== job) return;
      progress.hidden = true;
      run.disabled = false;
      // The sheet is read once: later checks (another column, say) take its text.
      if (result.book) {
        const { text, sheet: shownSheet, sheets } = result.book;
        Object.assign(source, { text, shownSheet, sheets, sheet: undefined });
      }
      show(result, options);
      performance.mark('iin:many-done');
    };
    const onProgress = (value) => {
      if (id === job && value !== null) progress.value = value;
    };
    const fail = (error) => {
      if (id !== job) return;
      if (sheet === undefined) failed(error);
      else refuse(workbookMessage(error));
    };
    const onThisThread = () => {
      checkList(checker, input, sent, onProgress, sheet).then(done, fail);
    };
    if (!worker) {
      onThisThread();
      return;
    }
    const giveUpWorker = () => {
      worker.terminate();
      worker = null;
      onThisThread();
    };
    worker.onmessage = ({ data }) => {
      if (data.id !== id) return;
      if (data.progress !== undefined) onProgress(data.progress);
      if (data.result) done(data.result);
      if (data.error) fail(data.error);
      if (data.startFailed) giveUpWorker();
    };
    worker.onerror = giveUpWorker;
    worker.postMessage({ id, input, options: sent, sheet });
  }

  function currentOptions(columns) {
    const options = {};
    if (expect.value) options.expect = expect.value;
    if (columns !== undefined) Object.assign(options, columns);
    return options;
  }

  function recheck() {
    if (!source || !shown) return;
    const picked = (picker) => (picker.value === '' ? null : Number(picker.value));
    check(
      currentOptions({
        column: Number(columnPicker.value),
        header: shown.layout.header,
        birthDateColumn: picked(birthPicker),
        sexColumn: picked(sexPicker),
      }),
    );
  }

  async function exportAs(kind) {
    if (!shown?.records) return;
    const button = $(`many-download-${kind}`);
    button.disabled = true;
    exportStatus.textContent = t('exportWorking');
    try {
      const make = kind === 'xlsx' ? xlsxExport : csvExport;
      download(await make(shown, t, pause), exportName(shown.sourceName, localToday(), kind));
      exportStatus.textContent = t('exportDone');
    } catch (error) {
      exportStatus.textContent =
        error?.code === 'too_large' ? t('exportTooManyRows', { max: formatNumber(XLSX_MAX_ROWS) }) : t('exportFailed');
    } finally {
      button.disabled = false;
    }
  }

  // A text file: its encoding found from its first bytes (or the one chosen); read whole when its
  // text fits in a string, else checked in parts and only counted.
  async function readText(file, encoding) {
    const text = file.size <= SHOWN_BYTES_MAX ? decode(new Uint8Array(await file.arrayBuffer()), encoding) : null;
    source = { file, name: file.name, encoding, text };
    check(currentOptions());
  }

  const workbookMessage = (error) =>
    error?.code === 'too_large'
      ? t('manyWorkbookTooBig', { size: formatNumber(error.megabytes) })
      : t('manyWorkbookBroken');

  // A workbook: its sheet read where the list is checked (the worker), then checked as CSV text.
  function readWorkbook(file, sheet) {
    source = { file, name: file.name, text: null, sheet, sheets: null };
    check(currentOptions());
  }

  async function readFile(file, { encoding, sheet } = {}) {
    const id = ++job;
    fileNote.hidden = false;
    fileNote.textContent = t('manyReading', { name: file.name });
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (id !== job) return;
    const kind = sniff(head, file.size <= SNIFF_BYTES);
    if (kind.kind === 'xlsx') return readWorkbook(file, sheet ?? 0);
    if (kind.kind === 'ole') return refuse(t('manyXls'));
    if (kind.kind === 'binary' && !encoding) return refuse(t('manyBinary'));
    return readText(file, encoding ?? kind.encoding);
  }

  function holdPasted(text) {
    pasted = text;
    const lines = text === null ? 0 : (text.match(/\r\n|\r|\n/g)?.length ?? 0) + (/[\r\n]$/.test(text) ? 0 : 1);
    textArea.hidden = text !== null;
    $('many-pasted').hidden = text === null;
    if (text !== null) {
      $('many-pasted-text').textContent = t('manyPasted', {
        lines: formatNumber(lines),
        size: formatNumber(Math.max(1, Math.round(text.length / 2 ** 20))),
      });
    }
  }

  textArea.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text.length + textArea.value.length <= PASTE_IN_BOX_MAX) return;
    event.preventDefault();
    const { value, selectionStart, selectionEnd } = textArea;
    holdPasted(value.slice(0, selectionStart) + text + value.slice(selectionEnd));
    textArea.value = '';
  });
  $('many-pasted-clear').addEventListener('click', () => {
    holdPasted(null);
    textArea.focus();
  });

  $('many-form').addEventListener('submit', (event) => {
    event.preventDefault();
    source = { text: pasted ?? textArea.value, name: null };
    check(currentOptions());
  });
  run.disabled = false; // the markup keeps it disabled until a click here can be heard
  fileInput.addEventListener('change', () => fileInput.files[0] && readFile(fileInput.files[0]));
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('drop--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop--over');
    const file = event.dataTransfer.files[0];
    if (file) readFile(file);
  });
  encodingPicker.addEventListener(
    'change',
    () => source?.file && readFile(source.file, { encoding: encodingPicker.value }),
  );
  sheetPicker.addEventListener(
    'change',
    () => source?.file && readFile(source.file, { sheet: Number(sheetPicker.value) }),
  );
  for (const picker of [columnPicker, birthPicker, sexPicker]) picker.addEventListener('change', recheck);
  expect.addEventListener('change', () => {
    if (shown) recheck();
  });
  filter.addEventListener('change', () => {
    selectRows();
    renderPage();
  });
  $('page-prev').addEventListener('click', () => {
    shown.page -= 1;
    renderPage();
  });
  $('page-next').addEventListener('click', () => {
    shown.page += 1;
    renderPage();
  });
  $('many-download-csv').addEventListener('click', () => exportAs('csv'));
  $('many-download-xlsx').addEventListener('click', () => exportAs('xlsx'));

  return {
    render() {
      if (!shown) return;
      renderSummary();
      renderColumnPicker();
      renderPage();
    },
  };
}
