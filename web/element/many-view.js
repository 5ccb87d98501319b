// "Check many": a pasted list or a dropped .csv/.txt file, checked in a Web Worker with a
// progress bar; then a summary, a filterable table a page at a time, and a CSV of the results.

import { checkInSlices } from './chunked-batch.js';
import { Lines } from '../lib/lines.js';
import { el, fill } from './dom.js';
import { isSingleFile } from './resources.js';

const ROWS_PER_PAGE = 100;

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

function csvField(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
  let worker;  // started on the first check: an element that is never used for lists costs nothing
  let job = 0;
  let shown = null;  // { lines, codes, names, blankCode, rows, page, summary }

  function outcomeName(code) {
    if (code === shown.blankCode) return 'blank';
    return code === 0 ? 'valid' : shown.names[code];
  }

  const lineText = (index) => shown.lines.at(index).replace(/\r$/, '');

  function outcomeText(code) {
    const name = outcomeName(code);
    return name === 'valid' ? t('outcomeValid') : t(`outcome_${name}`);
  }

  function selectRows() {
    const want = filter.value;
    const rows = [];
    shown.codes.forEach((code, index) => {
      if (code === shown.blankCode) return;
      if (want === 'all' || (want === 'valid') === (code === 0)) rows.push(index);
    });
    shown.rows = rows;
    shown.page = 0;
  }

  function renderPage() {
    const { rows, page } = shown;
    const first = page * ROWS_PER_PAGE;
    const slice = rows.slice(first, first + ROWS_PER_PAGE);
    fill($('many-rows'), slice.map((index) => {
      const code = shown.codes[index];
      return el('tr', { class: code === 0 ? 'row--valid' : 'row--invalid' },
        el('td', {}, formatNumber(index + 1)),
        el('td', { class: 'mono' }, lineText(index)),
        el('td', {}, el('span', { 'aria-hidden': 'true' }, code === 0 ? '✓ ' : '✗ '), outcomeText(code)));
    }));
    const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
    $('page-status').textContent = t('pageStatus', { page: page + 1, pages });
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page + 1 >= pages;
  }

  function show(text, result) {
    shown = { lines: new Lines(text, result.codes.length), codes: result.codes, names: result.codeNames, blankCode: result.blankCode, summary: result };
    $('many-summary').textContent = t('manySummary', {
      total: formatNumber(result.total), valid: formatNumber(result.valid), invalid: formatNumber(result.invalid),
    });
    $('many-results').hidden = false;
    selectRows();
    renderPage();
  }

  function check(text) {
    if (worker === undefined) worker = startWorker();
    const id = ++job;
    progress.hidden = false;
    progress.value = 0;
    run.disabled = true;
    const done = (result) => {
      if (id !== job) return;
      progress.hidden = true;
      run.disabled = false;
      show(text, result);
      performance.mark('iin:many-done');
    };
    if (worker) {
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return;
        if (data.progress !== undefined) progress.value = data.progress;
        if (data.result) done(data.result);
        if (data.error) {
          worker = null;  // the worker could not start the checker: do it here instead
          check(text);
        }
      };
      worker.onerror = () => {
        worker = null;
        check(text);
      };
      worker.postMessage({ id, text });
    } else {
      const pause = () => new Promise((resume) => setTimeout(resume, 0));
      checkInSlices(checker, text, (value) => { progress.value = value; }, pause).then(done);
    }
  }

  function download() {
    const lines = [['line', 'number', 'valid', 'result', 'code'].join(',')];
    shown.codes.forEach((code, index) => {
      if (code === shown.blankCode) return;
      lines.push([index + 1, csvField(lineText(index)), code === 0 ? 'yes' : 'no', csvField(outcomeText(code)),
        outcomeName(code)].join(','));
    });
    const blob = new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
    const link = el('a', { href: URL.createObjectURL(blob), download: 'iin-check-results.csv' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  async function readFile(file) {
    textArea.value = '';
    check(await file.text());
  }

  $('many-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check(textArea.value);
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
  filter.addEventListener('change', () => {
    selectRows();
    renderPage();
  });
  $('page-prev').addEventListener('click', () => { shown.page -= 1; renderPage(); });
  $('page-next').addEventListener('click', () => { shown.page += 1; renderPage(); });
  $('many-download').addEventListener('click', download);

  return {
    render() {
      if (!shown) return;
      $('many-summary').textContent = t('manySummary', {
        total: formatNumber(shown.summary.total), valid: formatNumber(shown.summary.valid),
        invalid: formatNumber(shown.summary.invalid),
      });
      renderPage();
    },
  };
}
