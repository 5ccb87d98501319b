// The results of "Check many" as a file people can open: every field of the original records,
// kept as it was, then the result columns (valid, kind, the result in the reader's language, the
// number with its lost leading zeros restored, how many valid numbers are one digit away from a
// mistyped one, and the one of those that matches the birth date in the file when exactly one
// does), for the records the filter shows. Never a guessed number: a mistyped one has several
// valid neighbours, and any of them may be another person's. A CSV (UTF-8 with a byte-order
// mark) is built in parts, so millions of records never make one giant string; an .xlsx is
// written by excel-builder-vanilla, loaded only when asked for, every cell typed as text (leading
// zeros stay), the columns sized to their contents and the header row frozen.

import { splitFields } from '../lib/lines.js';

const ROWS_PER_SLICE = 5_000;
/** More rows than this make an .xlsx too slow to write in a browser tab: the CSV is offered instead. */
export const XLSX_MAX_ROWS = 100_000;
const TEXT_FORMAT = 49; // Excel's built-in number format "@": the cell is text
const WIDTH_MIN = 6;
const WIDTH_MAX = 60;

/** Whether a column's name says it holds the file's own row numbers («№», "No.", "#"). */
export function isRowNumberName(name) {
  return /^\s*(№|#|no\.?|n|№\s*п\/п|п\/п)\s*$/i.test(name ?? '');
}

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

const DETAILED = ['leading_zero_lost', 'checksum_mismatch'];

/**
 * The header row and, a slice at a time, the rows of the export. `shown`: { records, codes,
 * outcome(index), row(index), layout, header, rows }; `t`: the translator.
 */
async function* exportRows(shown, t, pause) {
  const { layout, rows, records } = shown;
  const columns = Math.max(layout.columns, 1);
  const original = layout.header
    ? splitFields(shown.header, layout.separator)
    : Array.from({ length: columns }, (_, i) => t('exportColumn', { number: i + 1 }));
  while (original.length < columns) original.push(t('exportColumn', { number: original.length + 1 }));
  const width = original.length;
  yield [
    [
      ...original,
      t('exportValid'),
      t('exportKind'),
      t('exportResult'),
      t('exportRestored'),
      t('exportNeighbours'),
      t('exportBirthMatch'),
    ],
  ];
  for (let first = 0; first < rows.length; first += ROWS_PER_SLICE) {
    const slice = [];
    for (const index of rows.slice(first, first + ROWS_PER_SLICE)) {
      const fields = splitFields(records.at(index), layout.separator, records.plain(index));
      while (fields.length < width) fields.push('');
      const outcome = shown.outcome(index);
      const valid = ['valid', 'not_comparable', 'birth_date_mismatch', 'sex_mismatch'].includes(outcome);
      const row = valid || DETAILED.includes(outcome) ? shown.row(index) : null;
      slice.push([
        ...fields,
        valid ? t('yes') : outcome === 'blank' ? '' : t('no'),
        valid ? t(`kind_${row.result.kind}`) : '',
        t(outcome === 'valid' ? 'outcomeValid' : `outcome_${outcome}`),
        row?.restored ?? '',
        row?.neighbours ? t('exportNeighboursText', { count: row.neighbours }) : '',
        row?.birthDateMatch ?? '',
      ]);
    }
    yield slice;
    await pause();
  }
}

/** The CSV, separated like the original (',' when it had no separator), as a Blob. */
export async function csvExport(shown, t, pause) {
  const separator = shown.layout.separator === '' ? ',' : shown.layout.separator;
  const parts = ['\ufeff'];
  for await (const rows of exportRows(shown, t, pause)) {
    parts.push(rows.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n'), '\r\n');
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** The .xlsx, every cell a text cell, columns sized to their contents, the header row frozen, as a Blob. */
export async function xlsxExport(shown, t, pause) {
  if (shown.rows.length > XLSX_MAX_ROWS) throw Object.assign(new Error('too many rows'), { code: 'too_large' });
  const { createWorkbook, createExcelFileStream } = await import('../vendor/xlsx-writer.js');
  const workbook = createWorkbook();
  const style = workbook.getStyleSheet().createFormat({ format: TEXT_FORMAT }).id;
  const data = [];
  const widths = [];
  for await (const rows of exportRows(shown, t, pause)) {
    for (const cells of rows) {
      cells.forEach((value, i) => {
        const longest = Math.max(...value.split(/\r\n|\r|\n/).map((line) => line.length));
        widths[i] = Math.max(widths[i] ?? WIDTH_MIN, Math.min(WIDTH_MAX, longest + 2));
      });
      data.push(cells.map((value) => ({ value, metadata: { type: 'text', style } })));
    }
  }
  const sheet = workbook.createWorksheet({ name: t('exportSheet') });
  sheet.setData(data);
  sheet.setColumns(widths.map((width) => ({ width })));
  // The header row stays in view. excel-builder-vanilla 5.2.5's SheetView.freezePane() marks the
  // pane frozen but leaves its split unset (the sheet then cannot be written): set both.
  sheet.sheetView.pane.freezePane(0, 1, 'A2');
  sheet.sheetView.freezePane(0, 1, 'A2');
  workbook.addWorksheet(sheet);
  const zipped = await new Response(createExcelFileStream(workbook)).blob();
  return new Blob([zipped], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
