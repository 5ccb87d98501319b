// The files people really have, through the public API and the export: committed fixtures made by
// well-kept tools (tests/fixtures/many/make-fixtures.sh: Python's csv and openpyxl, iconv), never
// by the code under test. For each: the encoding found, the outcomes, the summary, and the CSV
// export cell by cell: every original cell kept as it was, and no cell holding a valid IIN that is
// not the row's own (or its leading zeros restored) or labelled as matching the birth date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readSheet as referenceSheet } from 'read-excel-file/node';
import { siteModule } from './site.mjs';
import { oracle } from './oracle.mjs';
import { shownFor, translator } from './shown-list.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const { csvExport } = await import(siteModule('element/many-export.js'));
const { sniff, decode } = await import(siteModule('lib/encoding.js'));
const { readSheet } = await import(siteModule('vendor/xlsx-reader.js'));
const checker = await createChecker({ checklist: false });
const bytesOf = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/many/${name}`, import.meta.url)));
const truth = JSON.parse(readFileSync(new URL('../fixtures/many/staff.truth.json', import.meta.url), 'utf8')).rows;
const t = translator('en');
const isValidIin = (cell) => /^\d{12}$/.test(cell) && oracle(cell).errors.length === 0;

async function exportTable(text, batch) {
  const blob = await csvExport(shownFor(text, batch), t, async () => {});
  const separator = batch.layout.separator || ',';
  return parse(Buffer.from(await blob.arrayBuffer()).toString('utf8'), { bom: true, delimiter: separator });
}

// Every original cell as the source gave it (the export neutralises formulas with a leading "'").
function assertCellsKept(table, source) {
  assert.equal(table.length, source.length, 'one row in, one row out');
  source.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const got = table[r][c];
      assert.equal(/^[=+\-@\t\r]/.test(cell) ? got.slice(1) : got, cell, `row ${r + 1}, column ${c + 1}`);
    });
  });
}

// No valid IIN in a cell unless it is the row's own, its zeros restored, or the birth-date match.
function assertNoGuessedIin(table, columns, numberColumn) {
  const restored = columns;
  const match = columns + 5;
  for (const row of table.slice(1)) {
    const own = row[numberColumn].replace(/\D/g, '');
    row.forEach((cell, c) => {
      if (!isValidIin(cell)) return;
      const allowed = cell === own || c === match || (c === restored + 3 && cell === own.padStart(12, '0'));
      assert.ok(allowed, `a valid IIN that is not the row's own in column ${c + 1}: ${cell} (row ${row.join(';')})`);
    });
  }
}

// The staff outcomes, whichever file shape holds them.
const EXPECTED = [
  'valid',
  'valid',
  'valid',
  'valid',
  'checksum_mismatch',
  'birth_date_mismatch',
  'sex_mismatch',
  'blank',
];

function assertStaff(batch, { zerosLost }) {
  const outcomes = truth.map((_, i) => batch.outcome(i));
  const expected = EXPECTED.map((outcome, i) => (zerosLost && (i === 2 || i === 3) ? 'leading_zero_lost' : outcome));
  assert.deepEqual(outcomes, expected);
  assert.equal(batch.layout.column, 2);
  assert.equal(batch.layout.birthDateColumn, 3);
  assert.equal(batch.layout.sexColumn, 4);
  assert.equal(batch.birthDateMismatch, 1);
  assert.equal(batch.sexMismatch, 1);
  assert.equal(batch.leadingZeroLost, zerosLost ? 2 : 0);
  assert.equal(batch.blank, 1);
  // The typo: its valid neighbours counted, and the one that agrees with the row's birth date
  // and sex is its true number.
  const typo = batch.row(4);
  assert.ok(typo.neighbours > 1);
  assert.equal(typo.birthDateMatch, '911218317131');
  if (zerosLost) assert.equal(batch.row(2).restored, '030322636224');
}

test('a UTF-8 file with a byte-order mark: Cyrillic header, quoted ";", birth dates and sexes compared', async () => {
  const bytes = bytesOf('staff-utf8bom.csv');
  assert.deepEqual(sniff(bytes), { kind: 'text', encoding: 'utf-8' });
  const text = decode(bytes, 'utf-8');
  const batch = checker.checkMany(text);
  assertStaff(batch, { zerosLost: false });
  assert.equal(batch.header, '№;ФИО;ИИН;Дата рождения;Пол;Должность');
  const table = await exportTable(text, batch);
  const source = parse(text, { delimiter: ';', bom: true, relax_column_count: true });
  assertCellsKept(table, source);
  assertNoGuessedIin(table, 6, 2);
  assert.equal(table[5][6 + 5], '911218317131', 'labelled: matches the birth date in the file');
  assert.equal(table[2][1], 'Бекова Айгерим');
});

test('a Windows-1251 file is found to be one and read with its names intact; its lost zeros are named', async () => {
  const bytes = bytesOf('staff-cp1251.csv');
  assert.deepEqual(sniff(bytes), { kind: 'text', encoding: 'windows-1251' });
  const text = decode(bytes, 'windows-1251');
  assert.ok(text.includes('Сейткали Ерлан'));
  const batch = checker.checkMany(text);
  assertStaff(batch, { zerosLost: true });
  const table = await exportTable(text, batch);
  assertCellsKept(table, parse(text, { delimiter: ';' }));
  assertNoGuessedIin(table, 6, 2);
  assert.equal(table[3][6 + 3], '030322636224', 'the restored number in a column of its own');
  assert.equal(table[3][2], '30322636224', 'the original cell as it was');
});

test('UTF-16 with a byte-order mark (Excel\'s "Unicode text"): tab-separated', async () => {
  const bytes = bytesOf('staff-utf16.txt');
  assert.deepEqual(sniff(bytes), { kind: 'text', encoding: 'utf-16le' });
  const text = decode(bytes, 'utf-16le');
  const batch = checker.checkMany(text);
  assert.equal(batch.layout.separator, '\t');
  assertStaff(batch, { zerosLost: false });
  const table = await exportTable(text, batch);
  assertCellsKept(table, parse(text, { delimiter: '\t' }));
});

test('quoted line breaks stay in one record: the count, the line numbers, the export', async () => {
  const text = decode(bytesOf('quoted-breaks.csv'), 'utf-8');
  const batch = checker.checkMany(text);
  assert.equal(batch.codes.length, 4);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => batch.lineNumber(i)),
    [2, 4, 6, 8],
  );
  assert.equal(batch.fields(0)[0], 'Abenov\nTimur');
  assert.equal(batch.fields(1)[2], 'says "hi"\r\nand more');
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => batch.outcome(i)),
    ['valid', 'valid', 'checksum_mismatch', 'valid'],
  );
  const table = await exportTable(text, batch);
  assertCellsKept(table, parse(text));
  assertNoGuessedIin(table, 3, 1);
});

test('a Blob read in parts gives what the whole text gives, in any encoding', async () => {
  for (const [name, encoding] of [
    ['staff-utf8bom.csv', 'utf-8'],
    ['staff-cp1251.csv', 'windows-1251'],
    ['staff-utf16.txt', 'utf-16le'],
  ]) {
    const bytes = bytesOf(name);
    const whole = checker.checkMany(decode(bytes, encoding));
    const seen = [];
    const parts = await checker.checkMany(new Blob([bytes]), { onProgress: (share) => seen.push(share) });
    assert.deepEqual([...parts.codes], [...whole.codes], name);
    assert.equal(parts.layout.encoding, encoding);
    assert.equal(parts.header, whole.header);
    assert.equal(seen.at(-1), 1);
    assert.throws(() => parts.line(0), RangeError, 'a batch read in parts keeps no text');
  }
});

test('a ReadableStream in parts of one byte: records across parts', async () => {
  const bytes = bytesOf('quoted-breaks.csv');
  const stream = new ReadableStream({
    start(controller) {
      for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
      controller.close();
    },
  });
  const batch = await checker.checkMany(stream);
  assert.deepEqual([...batch.codes], [...checker.checkMany(decode(bytes, 'utf-8')).codes]);
  assert.equal(batch.lineNumber(3), 8);
});

test('the workbook: the first sheet named, numbers and dates as Excel shows them, the other sheet on request', async () => {
  const blob = new Blob([bytesOf('staff.xlsx')]);
  const book = await readSheet(blob);
  assert.deepEqual(book.sheets, ['Сотрудники', 'Уволенные']);
  assert.equal(book.sheet, 0);
  const batch = checker.checkMany(book.text);
  assertStaff(batch, { zerosLost: true });
  // Cell by cell against another reader (read-excel-file), dates written as the sheet shows them.
  const reference = await referenceSheet(Buffer.from(bytesOf('staff.xlsx')));
  const shown = (cell) =>
    cell instanceof Date
      ? `${String(cell.getUTCDate()).padStart(2, '0')}.${String(cell.getUTCMonth() + 1).padStart(2, '0')}.${cell.getUTCFullYear()}`
      : cell === null
        ? ''
        : String(cell);
  const table = await exportTable(book.text, batch);
  assertCellsKept(
    table,
    reference.map((row) => row.map(shown)),
  );
  assertNoGuessedIin(table, 6, 2);
  const other = await readSheet(blob, 1);
  assert.equal(other.sheet, 1);
  assert.deepEqual(
    [0, 1].map((i) => checker.checkMany(other.text).outcome(i)),
    ['valid', 'checksum_mismatch'],
  );
});

test("a spreadsheet application's workbook (LibreOffice Calc): dates shown month first are read as the same days", async () => {
  const book = await readSheet(new Blob([bytesOf('staff-libreoffice.xlsx')]));
  const batch = checker.checkMany(book.text);
  assertStaff(batch, { zerosLost: true });
  // Its date cells are shown mm/dd/yy; written so, 12/07/85 would be no date, and 03/05/1990 the
  // wrong one, to the birth-date check. They are written as the days they are.
  const reference = await referenceSheet(Buffer.from(bytesOf('staff-libreoffice.xlsx')));
  const born = reference.slice(1).map((row) => row[3]?.toISOString().slice(0, 10) ?? '');
  assert.deepEqual(
    born,
    truth.map((person) => person.born),
  );
  assert.deepEqual(
    Array.from({ length: truth.length }, (_, i) => batch.fields(i)[3]),
    born,
  );
});

test('bad workbooks get clear errors: not a zip, no workbook, a sheet that unpacks too far', async () => {
  await assert.rejects(readSheet(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])])), { code: 'invalid_value' });
  const { zipSync, strToU8 } = await import('fflate');
  const noBook = zipSync({ 'hello.txt': strToU8('hi') });
  await assert.rejects(readSheet(new Blob([noBook])), { code: 'invalid_value' });
});
