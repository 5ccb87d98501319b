// The results of "Check many" as a file people can open: every column of the original lines,
// then the result columns (valid, kind, the result in the reader's language, the suggestion),
// for the lines the filter shows. A CSV (UTF-8 with a byte-order mark) is built in parts, so
// millions of lines never make one giant string; an .xlsx is written by excel-builder-vanilla,
// loaded only when asked for, with every cell typed as text (leading zeros stay).

import { splitFields } from '../lib/lines.js';

const ROWS_PER_SLICE = 5_000;
/** More rows than this make an .xlsx too slow to write in a browser tab: the CSV is offered instead. */
export const XLSX_MAX_ROWS = 100_000;
const TEXT_FORMAT = 49; // Excel's built-in number format "@": the cell is text

/**
 * OWASP's advice against CSV injection: a cell that begins with '=', '+', '-', '@', a tab or a
 * carriage return could be taken as a formula by a spreadsheet; a leading "'" makes it text.
 */
export function neutralise(cell) {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell, separator) {
  const safe = neutralise(cell);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CHECKSUM_CODES = ['checksum_mismatch', 'unissuable_checksum'];

/**
 * The header row and, a slice at a time, the rows of the export. `shown`: { lines, codes,
 * outcome(index), layout, header, rows, options }; `t`: the translator.
 */
async function* exportRows(shown, checker, t, pause) {
  const { layout, rows } = shown;
  const columns = Math.max(layout.columns, 1);
  const original = layout.header
    ? splitFields(shown.header, layout.separator)
    : Array.from({ length: columns }, (_, i) => t('exportColumn', { number: i + 1 }));
  while (original.length < columns) original.push(t('exportColumn', { number: original.length + 1 }));
  yield [[...original, t('exportValid'), t('exportKind'), t('exportResult'), t('exportSuggestion')]];
  for (let first = 0; first < rows.length; first += ROWS_PER_SLICE) {
    const slice = [];
    for (const index of rows.slice(first, first + ROWS_PER_SLICE)) {
      const fields = splitFields(shown.lines.at(index), layout.separator);
      while (fields.length < columns) fields.push('');
      const outcome = shown.outcome(index);
      let kind = '';
      let suggestion = '';
      if (outcome === 'valid' || CHECKSUM_CODES.includes(outcome)) {
        const result = checker.check(
          fields[layout.column] ?? '',
          shown.options.expect ? { expect: shown.options.expect } : undefined,
        );
        if (outcome === 'valid') kind = t(`kind_${result.kind}`);
        suggestion = result.suggestions[0] ?? '';
      }
      const valid = outcome === 'valid' ? t('yes') : outcome === 'blank' ? '' : t('no');
      slice.push([...fields, valid, kind, t(outcome === 'valid' ? 'outcomeValid' : `outcome_${outcome}`), suggestion]);
    }
    yield slice;
    await pause();
  }
}

/** The CSV, separated like the original (',' when it had no separator), as a Blob. */
export async function csvExport(shown, checker, t, pause) {
  const separator = shown.layout.separator === '' ? ',' : shown.layout.separator;
  const parts = ['\ufeff'];
  for await (const rows of exportRows(shown, checker, t, pause)) {
    parts.push(rows.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n'), '\r\n');
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** The .xlsx, every cell a text cell, as a Blob. */
export async function xlsxExport(shown, checker, t, pause) {
  if (shown.rows.length > XLSX_MAX_ROWS) throw Object.assign(new Error('too many rows'), { code: 'too_large' });
  const { createWorkbook, createExcelFileStream } = await import('../vendor/xlsx-writer.js');
  const workbook = createWorkbook();
  const style = workbook.getStyleSheet().createFormat({ format: TEXT_FORMAT }).id;
  const data = [];
  for await (const rows of exportRows(shown, checker, t, pause)) {
    for (const cells of rows) data.push(cells.map((value) => ({ value, metadata: { type: 'text', style } })));
  }
  const sheet = workbook.createWorksheet({ name: t('exportSheet') });
  sheet.setData(data);
  workbook.addWorksheet(sheet);
  const zipped = await new Response(createExcelFileStream(workbook)).blob();
  return new Blob([zipped], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
