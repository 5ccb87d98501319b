// The Check-many export (web/element/many-export.js) on the HR and bank fixtures: every original
// column kept, results in the reader's language, and no cell a spreadsheet could run (OWASP).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { shownFor, translator } from './shown-list.mjs';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const { csvExport, neutralise } = await import(siteModule('element/many-export.js'));
const checker = await createChecker({ checklist: false });
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

async function exported(text, language, filter) {
  const blob = await csvExport(shownFor(text, checker.checkMany(text), filter), translator(language), async () => {});
  return new Uint8Array(await blob.arrayBuffer());
}

test('every cell that could start a formula gets a leading apostrophe, and only those', () => {
  for (const cell of ['=1+1', '+7 701', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")'])
    assert.equal(neutralise(cell), `'${cell}`);
  for (const cell of ['901123300258', 'Aigerim', ' =1', "'=1", '', 'a=b']) assert.equal(neutralise(cell), cell);
});

test('the HR export: BOM, all columns, results in Russian, formulas neutralised, quotes kept', async () => {
  const bytes = await exported(fixture('staff-hr.csv'), 'ru');
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const t = translator('ru');
  const table = parse(Buffer.from(bytes).toString('utf8'), { bom: true });
  assert.deepEqual(table[0], [
    'name',
    'iin',
    'department',
    t('exportValid'),
    t('exportKind'),
    t('exportResult'),
    t('exportRestored'),
    t('exportNeighbours'),
    t('exportBirthMatch'),
  ]);
  assert.equal(table.length, 7);
  assert.deepEqual(table[2].slice(0, 3), ['Ivanov, Pyotr', '870413300129', 'R&D "Core"']);
  assert.deepEqual(table[4].slice(0, 3), ['\'=HYPERLINK("http://example.invalid")', '750312200015', "'+Ops"]);
  assert.deepEqual(table[6].slice(0, 3), ["'@Zhanna Li", '9011x3300258', "'-"]);
  assert.deepEqual(table[3].slice(3, 6), [t('yes'), t('kind_iin'), t('outcomeValid')]);
  // A wrong check digit gets a count of its valid neighbours, never one of them (another person's number).
  assert.match(table[2][7], /^\d+: /);
  assert.equal(table[2][6], '');
  assert.equal(table[2][8], '');
  for (const cell of table.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
});

test('the bank export stays ";"-separated; the filter decides the rows', async () => {
  const text = Buffer.from(await exported(fixture('bank-export.csv'), 'kk', (outcome) => outcome !== 'valid')).toString(
    'utf8',
  );
  const table = parse(text, { bom: true, delimiter: ';' });
  assert.equal(table.length, 2);
  assert.deepEqual(table[1].slice(0, 4), ['KZ00 0000', '150163000128', '0,00', 'Возврат']);
  assert.equal(table[1][6], translator('kk')('outcome_checksum_mismatch'));
});

test('a list without columns gets numbered column headers and a "," separator', async () => {
  const text = Buffer.from(await exported('901123300258\n\n=cmd|calc', 'en')).toString('utf8');
  const table = parse(text, { bom: true });
  assert.deepEqual(table[0], [
    'Column 1',
    'Valid',
    'Kind',
    'Result',
    'Number with its leading 0',
    'Valid numbers one digit away',
    'Matches the birth date in the file',
  ]);
  assert.deepEqual(
    table.slice(1).map((row) => [row[0], row[3]]),
    [
      ['901123300258', 'Valid'],
      ['', 'No number'],
      ["'=cmd|calc", 'Not a digit in the number'],
    ],
  );
});
