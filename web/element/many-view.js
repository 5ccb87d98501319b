// "Check many": a pasted list or a dropped .csv/.txt file, checked in a Web Worker with a
// progress bar; the column that holds the numbers found (or picked), a header line set apart;
// then a summary, a filterable table a page at a time, and the results as CSV or .xlsx.

import { checkInSlices } from './chunked-batch.js';
import { Lines, splitFields } from '../lib/lines.js';
import { el, fill } from './dom.js';
import { csvExport, xlsxExport, XLSX_MAX_ROWS } from './many-export.js';
import { isSingleFile } from './resources.js';

const ROWS_PER_PAGE = 100;
const pause = () => new Promise((resume) => setTimeout(resume, 0));

// A single file opened from disk has no worker script to start: it checks on the page itself,
// slice by slice, which keeps the page responsive too.
function startWorker() {
  if (isSingleFile()) return null;
  try {
    return new Worker(new URL('./many-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function download(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** ctx: { checker, $ (an id → element), i18n (the current translator) }. */
export function setUpManyView(ctx) {
  const { checker, $ } = ctx;
  const t = (...args) => ctx.i18n.t(...args);
  const formatNumber = (n) => ctx.i18n.formatNumber(n);
  const textArea = $('many-text');
  const fileInput = $('many-file');
  const progress = $('many-progress');
  const run = $('many-run');
  const filter = $('many-filter');
  const columnField = $('many-column-field');
  const columnPicker = $('many-column');
  const expect = $('many-expect');
  const exportStatus = $('many-export-status');
  let worker; // started on the first check: an element that is never used for lists costs nothing
  let job = 0;
  let text = null; // the text being checked or shown
  let shown = null; // { lines, codes, names, blankCode, layout, header, options, rows, page, summary, outcome }

  const outcomeOf = (code) => (code === shown.blankCode ? 'blank' : code === 0 ? 'valid' : shown.names[code]);
  const outcomeText = (name) => t(name === 'valid' ? 'outcomeValid' : `outcome_${name}`);
  // Line numbers as in the file, so that a spreadsheet's row numbers match.
  const fileLine = (index) => index + 1 + (shown.layout.header ? 1 : 0);

  // A plain loop over the codes: it runs on the page's thread over every line of the file.
  function selectRows() {
    const want = filter.value;
    const { codes, blankCode } = shown;
    const rows = [];
    for (let index = 0; index < codes.length; index += 1) {
      const code = codes[index];
      const keep =
        want === 'all' ||
        (want === 'valid' ? code === 0 : want === 'blank' ? code === blankCode : code !== 0 && code !== blankCode);
      if (keep) rows.push(index);
    }
    shown.rows = rows;
    shown.page = 0;
  }

  function numberCell(index) {
    const line = shown.lines.at(index);
    const { separator, column } = shown.layout;
    if (separator === '') return [el('span', { class: 'mono' }, line)];
    const fields = splitFields(line, separator);
    const others = fields.filter((field, i) => i !== column && field.trim() !== '').join(' · ');
    return [
      el('span', { class: 'mono' }, fields[column] ?? ''),
      others && el('span', { class: 'row-context' }, others),
    ];
  }

  function renderPage() {
    const { rows, page } = shown;
    const first = page * ROWS_PER_PAGE;
    const labels = { line: t('colLine'), number: t('colNumber'), result: t('colResult') };
    fill(
      $('many-rows'),
      rows.slice(first, first + ROWS_PER_PAGE).map((index) => {
        const name = outcomeOf(shown.codes[index]);
        const mark = name === 'valid' ? '✓ ' : name === 'blank' ? '– ' : '✗ ';
        return el(
          'tr',
          { class: `row--${name === 'valid' ? 'valid' : name === 'blank' ? 'blank' : 'invalid'}` },
          // One child per cell: on a narrow screen each cell is a grid of its label and this.
          el('td', { 'data-label': labels.line }, el('span', {}, formatNumber(fileLine(index)))),
          el('td', { 'data-label': labels.number }, el('div', {}, ...numberCell(index))),
          el(
            'td',
            { 'data-label': labels.result },
            el('span', {}, el('span', { 'aria-hidden': 'true' }, mark), outcomeText(name)),
          ),
        );
      }),
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
    $('many-summary').textContent = parts.join(' ');
    const note = $('many-header-note');
    note.hidden = header === null;
    if (header !== null) note.textContent = t('manyHeader', { header });
  }

  function renderColumnPicker() {
    const { layout } = shown;
    columnField.hidden = layout.columns < 2;
    if (layout.columns < 2) return;
    const firstLine = layout.header ? null : splitFields(shown.lines.length ? shown.lines.at(0) : '', layout.separator);
    fill(
      columnPicker,
      Array.from({ length: layout.columns }, (_, i) => {
        const name = layout.header ? (layout.names[i] ?? '') : '';
        const example = firstLine?.[i] ?? '';
        const label = name.trim()
          ? t('columnNamed', { number: i + 1, name })
          : example.trim()
            ? t('columnExample', { number: i + 1, example })
            : t('exportColumn', { number: i + 1 });
        return el('option', { value: String(i), selected: i === layout.column }, label);
      }),
    );
  }

  function show(result, options) {
    shown = {
      lines: new Lines(text, result.codes.length, { header: result.layout.header }),
      codes: result.codes,
      names: result.codeNames,
      blankCode: result.blankCode,
      layout: result.layout,
      header: result.header,
      options,
      summary: result,
    };
    shown.outcome = (index) => outcomeOf(shown.codes[index]);
    $('many-results').hidden = false;
    exportStatus.textContent = '';
    renderSummary();
    renderColumnPicker();
    selectRows();
    renderPage();
  }

  function failed(error) {
    progress.hidden = true;
    run.disabled = false;
    const key = error?.code === 'too_large' ? 'manyTooLarge' : 'manyFailed';
    $('many-summary').textContent = t(key);
    $('many-results').hidden = false;
    for (const part of [$('many-header-note'), columnField]) part.hidden = true;
    fill($('many-rows'));
  }

  function check(options) {
    if (worker === undefined) worker = startWorker();
    const id = ++job;
    progress.hidden = false;
    progress.value = 0;
    run.disabled = true;
    const done = (result) => {
      if (id !== job) return;
      progress.hidden = true;
      run.disabled = false;
      show(result, options);
      performance.mark('iin:many-done');
    };
    const onThisThread = () => {
      checkInSlices(
        checker,
        text,
        options,
        (value) => {
          progress.value = value;
        },
        pause,
      ).then(done, (error) => id === job && failed(error));
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
      if (data.progress !== undefined) progress.value = data.progress;
      if (data.result) done(data.result);
      if (data.error) failed(data.error);
      if (data.startFailed) giveUpWorker();
    };
    worker.onerror = giveUpWorker;
    worker.postMessage({ id, text, options });
  }

  function currentOptions(column) {
    const options = {};
    if (expect.value) options.expect = expect.value;
    if (column !== undefined) Object.assign(options, column);
    return options;
  }

  function checkNew(newText) {
    text = newText;
    check(currentOptions());
  }

  function recheck() {
    if (text === null || !shown) return;
    check(currentOptions({ column: Number(columnPicker.value), header: shown.layout.header }));
  }

  async function exportAs(kind) {
    if (!shown) return;
    const button = $(`many-download-${kind}`);
    button.disabled = true;
    exportStatus.textContent = t('exportWorking');
    try {
      const make = kind === 'xlsx' ? xlsxExport : csvExport;
      download(await make(shown, checker, t, pause), `iin-check-results.${kind}`);
      exportStatus.textContent = t('exportDone');
    } catch (error) {
      exportStatus.textContent =
        error?.code === 'too_large' ? t('exportTooManyRows', { max: formatNumber(XLSX_MAX_ROWS) }) : t('exportFailed');
    } finally {
      button.disabled = false;
    }
  }

  async function readFile(file) {
    textArea.value = '';
    checkNew(await file.text());
  }

  $('many-form').addEventListener('submit', (event) => {
    event.preventDefault();
    checkNew(textArea.value);
  });
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
  columnPicker.addEventListener('change', recheck);
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
