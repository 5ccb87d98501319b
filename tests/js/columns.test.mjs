// checkMany() on real-looking files: columns, headers, quoting, every line-end style, blank
// lines, through the built module. The fixtures are in tests/fixtures/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker({ checklist: false });
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const outcomes = (batch) => Array.from(batch.codes, (_, i) => batch.outcome(i));
const lines = (batch) => Array.from(batch.codes, (_, i) => batch.line(i));

test('an HR export (name,iin with a header, a BOM, CRLF, quotes) is read by its iin column', () => {
  const text = fixture('staff-hr.csv');
  assert.ok(text.startsWith('\ufeff') && text.includes('\r\n'));
  const batch = checker.checkMany(text);
  assert.deepEqual(
    { ...batch.layout, names: [...batch.layout.names] },
    {
      separator: ',',
      column: 1,
      columns: 3,
      header: true,
      names: ['name', 'iin', 'department'],
      birthDateColumn: null,
      sexColumn: null,
    },
  );
  assert.equal(batch.header, 'name,iin,department');
  assert.deepEqual(outcomes(batch), ['valid', 'checksum_mismatch', 'valid', 'valid', 'blank', 'invalid_character']);
  assert.deepEqual([batch.total, batch.valid, batch.invalid, batch.blank], [5, 3, 2, 1]);
  assert.equal(batch.line(1), '"Ivanov, Pyotr",870413300129,"R&D ""Core"""');
  assert.deepEqual(batch.fields(1), ['Ivanov, Pyotr', '870413300129', 'R&D "Core"']);
  assert.equal(batch.line(5), '@Zhanna Li,9011x3300258,-');
  assert.equal(batch.result(5).errors[0].position, 4);
  assert.equal(batch.result(2).normalized, '061211600012');
  assert.ok(batch.result(1).suggestions.length > 0);
});

test('a bank export separated by ";" with decimal commas: the BIN column, quoted ";" kept', () => {
  const batch = checker.checkMany(fixture('bank-export.csv'));
  assert.equal(batch.layout.separator, ';');
  assert.equal(batch.layout.column, 1);
  assert.equal(batch.header, 'Счёт;БИН;Сумма;Назначение');
  assert.deepEqual(outcomes(batch), ['valid', 'valid', 'checksum_mismatch']);
  assert.deepEqual(batch.fields(1), ['KZ98 7654', '990940003030', '15,00', 'Аванс; 1-я часть']);
  assert.equal(batch.result(0).bin.entity, 'resident');
});

test('a tab-separated file: numbers with spaces, a line with empty fields is blank and counted', () => {
  const batch = checker.checkMany(fixture('staff.tsv'));
  assert.equal(batch.layout.separator, '\t');
  assert.equal(batch.layout.column, 1);
  assert.equal(batch.header, 'full name\tiin\tstart date');
  assert.deepEqual(outcomes(batch), ['valid', 'valid', 'blank', 'too_short']);
  assert.equal(batch.blank, 1);
  assert.equal(batch.line(2), '\t\t');
});

test('every line-end style gives the same lines, without their line ends', () => {
  const numbers = ['901123300258', '870413300129', '', '061211600012'];
  for (const end of ['\n', '\r\n', '\r']) {
    const batch = checker.checkMany(numbers.join(end) + end);
    assert.deepEqual(lines(batch), numbers, JSON.stringify(end));
    assert.deepEqual(outcomes(batch), ['valid', 'checksum_mismatch', 'blank', 'valid'], JSON.stringify(end));
  }
  const mixed = checker.checkMany('901123300258\r\n870413300129\r061211600012\n940140000385');
  assert.deepEqual(lines(mixed), ['901123300258', '870413300129', '061211600012', '940140000385']);
  const cr = checker.checkMany(fixture('cr-only.txt'));
  assert.deepEqual(outcomes(cr), ['valid', 'checksum_mismatch', 'blank', 'valid']);
});

test('a byte-order mark is not part of the first line, with or without columns', () => {
  const bare = checker.checkMany('\ufeff901123300258\n940140000385');
  assert.deepEqual(outcomes(bare), ['valid', 'valid']);
  assert.equal(bare.line(0), '901123300258');
  const columns = checker.checkMany('\ufeff901123300258,A\n940140000385,B');
  assert.equal(columns.header, null);
  assert.deepEqual(outcomes(columns), ['valid', 'valid']);
});

test('the column by name or index, the header forced either way', () => {
  const text = 'name;iin;boss iin\nA;901123300258;940140000385\nB;870413300129;x';
  assert.equal(checker.checkMany(text).layout.column, 1);
  const byName = checker.checkMany(text, { column: 'Boss IIN' });
  assert.deepEqual(outcomes(byName), ['valid', 'invalid_character']);
  assert.equal(byName.layout.column, 2);
  const byIndex = checker.checkMany(text, { column: 2 });
  assert.deepEqual(outcomes(byIndex), ['valid', 'invalid_character']);
  const noHeader = checker.checkMany(text, { header: false });
  assert.equal(noHeader.header, null);
  assert.deepEqual(outcomes(noHeader), ['invalid_character', 'valid', 'checksum_mismatch']);
  const header = checker.checkMany('901123300258\n940140000385', { header: true });
  assert.equal(header.header, '901123300258');
  assert.equal(header.total, 1);
  const separator = checker.checkMany('a,b;901123300258', { separator: ';' });
  assert.deepEqual(separator.fields(0), ['a,b', '901123300258']);
  assert.deepEqual(outcomes(separator), ['valid']);
});

test('a line without the chosen column, or with it empty, is blank; a pasted list keeps its blank lines', () => {
  const batch = checker.checkMany('name,iin\nA,901123300258\nB\nC,\n,\nD, \n');
  assert.deepEqual(outcomes(batch), ['valid', 'blank', 'blank', 'blank', 'blank']);
  assert.deepEqual([batch.total, batch.blank], [1, 4]);
  const pasted = checker.checkMany('901123300258\n\n   \n940140000385\n');
  assert.deepEqual(outcomes(pasted), ['valid', 'blank', 'blank', 'valid']);
});

test('a first line with no number and a digit-free name is a header; otherwise it is a line', () => {
  assert.equal(checker.checkMany('IIN\n901123300258').header, 'IIN');
  assert.equal(checker.checkMany('9011x\n901123300258').header, null); // a typo, not a name
  assert.equal(checker.checkMany('abc\ndef').header, null); // no numbers anywhere
  assert.equal(checker.checkMany('ИИН;ФИО\n901123300258;Айгерим').layout.column, 0);
});

test('column options are checked and named', () => {
  const text = 'name,iin\nA,901123300258';
  assert.throws(() => checker.checkMany(text, { column: 'inn' }), {
    name: 'RangeError',
    code: 'unknown_id',
    path: 'options.column',
    message: /"inn".*"name", "iin"/,
  });
  assert.throws(() => checker.checkMany(text, { column: -1 }), {
    name: 'TypeError',
    code: 'wrong_type',
    path: 'options.column',
  });
  assert.throws(() => checker.checkMany(text, { column: 1.5 }), { name: 'TypeError', path: 'options.column' });
  assert.throws(() => checker.checkMany(text, { header: 'yes' }), { name: 'TypeError', path: 'options.header' });
  assert.throws(() => checker.checkMany(text, { separator: '|' }), { name: 'RangeError', path: 'options.separator' });
  assert.throws(() => checker.checkMany(['x'], { column: 1 }), {
    name: 'TypeError',
    code: 'unknown_key',
    path: 'options.column',
  });
  assert.deepEqual(outcomes(checker.checkMany(text, { column: 5 })), ['blank']); // no such field on the line
});

test('checkMany with expect: "either" is no expect; IIN or BIN only', () => {
  const text = 'name,number\nA,901123300258\nB,940140000385';
  assert.deepEqual(outcomes(checker.checkMany(text)), ['valid', 'valid']);
  assert.deepEqual(outcomes(checker.checkMany(text, { expect: 'iin' })), ['valid', 'kind_mismatch']);
  assert.deepEqual(outcomes(checker.checkMany(text, { expect: 'bin' })), ['kind_mismatch', 'valid']);
});
