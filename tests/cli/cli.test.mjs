// iin-check as a user runs it: options, exit status, standard input, the three formats, and bad
// input, which must end with one line on standard error and status 2, never a crash. The build
// under test is the native preset's, with AddressSanitizer and UndefinedBehaviorSanitizer: any
// finding of theirs ends the process with a report and another status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run, fixture, iinCheck } from './run.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'iin-check-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const file = (name, content) => {
  const where = path.join(scratch, name);
  writeFileSync(where, content);
  return where;
};
const text = (buffer) => buffer.toString('utf8');
const BOM = '\ufeff';

/** An input problem: status 2, exactly one line on standard error naming the input, no crash. */
function assertTrouble(result, pattern) {
  assert.equal(result.signal, null, 'no signal');
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /^iin-check: [^\n]+\n$/, 'one line on standard error');
  assert.match(result.stderr, pattern);
}

test('--help follows the GNU conventions and --version names the version', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(text(help.stdout), /^Usage: iin-check \[OPTION\]\.\.\. \[FILE\]\.\.\.\n/);
  for (const option of [
    '--format=FORMAT',
    '--only=WHICH',
    '--lang=LANG',
    '--column=N|NAME',
    '--expect=KIND',
    '--strict',
    '--today=YYYY-MM-DD',
    '--help',
    '--version',
  ]) {
    assert.ok(text(help.stdout).includes(option), option);
  }
  assert.match(text(help.stdout), /Exit status: 0 when every number is valid, 1 when any is not, 2 /);
  const version = run(['--version']);
  assert.equal(version.status, 0);
  assert.match(text(version.stdout), /^iin-check \(IIN Checker\) \d+\.\d+\.\d+\n$/);
});

test('a wrong option is a usage error: status 2, one line, nothing checked', () => {
  const wrong = [
    ['--frobnicate'],
    ['--format=xml'],
    ['--only', 'some'],
    ['--lang=de'],
    ['--expect=person'],
    ['--column=0'],
    ['--today=2026-02-30'],
    ['--today=tomorrow'],
  ];
  for (const args of [
    ...wrong.map((args) => [...args, fixture('staff-hr.csv')]),
    [fixture('staff-hr.csv'), '--column'],
  ]) {
    const result = run(args);
    assertTrouble(result, /see iin-check --help/);
    assert.equal(result.stdout.length, 0, args.join(' '));
  }
});

test('exit status: 0 when every number is valid, 1 when one is not; blank lines do not count', () => {
  assert.equal(run([file('valid.txt', '901123300258\n\n940140000385\n')]).status, 0);
  assert.equal(run([file('one-bad.txt', '901123300258\n901123300259\n')]).status, 1);
  assert.equal(run([file('empty.txt', '')]).status, 0);
  assert.equal(run([fixture('staff-hr.csv')]).status, 1);
  assert.equal(run(['--expect=bin', file('iin.txt', '901123300258\n')]).status, 1);
  assert.equal(run(['--strict', file('neither.txt', '123456789013\n')]).status, 1);
  assert.equal(run([file('neither2.txt', '123456789013\n')]).status, 0);
});

test('standard input: "-" or no file at all', () => {
  const input = readFileSync(fixture('staff.tsv'));
  const fromFile = run([fixture('staff.tsv')]);
  const dash = run(['-'], { input });
  const none = run([], { input });
  assert.equal(dash.status, fromFile.status);
  assert.deepEqual(dash.stdout, fromFile.stdout);
  assert.deepEqual(none.stdout, fromFile.stdout);
  const summary = run(['--format=summary', '-'], { input });
  assert.match(text(summary.stdout), /^standard input: 3 numbers checked: 2 valid, 1 not valid\./);
});

test("csv: every column kept, the page's result columns added, formulas neutralised, the separator kept", () => {
  const out = text(run([fixture('staff-hr.csv')]).stdout);
  assert.ok(out.startsWith(BOM));
  const rows = out.slice(1).split('\r\n');
  assert.equal(rows.at(-1), '', 'every row ends with CR LF');
  const results =
    'Valid,Kind,Result,Number with its leading 0,Valid numbers one digit away,Matches the birth date in the file';
  assert.deepEqual(rows.slice(0, -1), [
    `name,iin,department,${results}`,
    'Aigerim Bekova,901123300258,Sales,yes,IIN,Valid,,,',
    '"Ivanov, Pyotr",870413300129,"R&D ""Core""",no,,Wrong check digit,,11: check the document,',
    'Dana Seitkali,061211600012,Finance,yes,IIN,Valid,,,',
    '"\'=HYPERLINK(""http://example.invalid"")",750312200015,\'+Ops,yes,IIN,Valid,,,',
    'No Number Yet,,HR,,,No number,,,',
    "'@Zhanna Li,9011x3300258,'-,no,,Not a digit in the number,,,",
  ]);
  const bank = text(run(['--lang=ru', '--only=invalid', fixture('bank-export.csv')]).stdout).split('\r\n');
  assert.equal(
    bank[0],
    `${BOM}Счёт;БИН;Сумма;Назначение;Верный;Вид;Результат;Номер с ведущим 0;Верные номера, отличающиеся одной цифрой;Совпадает с датой рождения в файле`,
  );
  assert.match(bank[1], /^KZ00 0000;150163000128;0,00;Возврат;нет;;Неверная контрольная цифра;;\d+: /);
  assert.equal(bank.length, 3);
});

test('records as the page reads them: a quoted line break, a lost leading 0, a birth date that disagrees', () => {
  const where = file(
    'staff-dates.csv',
    'name;iin;born\n"Abenov\nTimur";901123300258;23.11.1990\nB;030322636224;22.03.2003\nC;30322636224;01.01.2000\nD;901123300258;01.01.1991\n',
  );
  const rows = text(run([where]).stdout)
    .slice(1)
    .split('\r\n');
  assert.equal(rows[1], '"Abenov\nTimur";901123300258;23.11.1990;yes;IIN;Valid;;;', 'one record, one row');
  assert.equal(rows[3], 'C;30322636224;01.01.2000;no;;Leading 0 lost;030322636224;;');
  assert.match(rows[4], /^D;901123300258;01\.01\.1991;yes;IIN;Valid, but another birth date/);
  const lines = text(run(['--format=jsonl', where]).stdout)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.line, l.outcome]),
    [
      [2, 'valid'],
      [4, 'valid'],
      [5, 'leading_zero_lost'],
      [6, 'birth_date_mismatch'],
    ],
  );
  const mismatch = run(['--only=mismatch', '--format=jsonl', where]);
  assert.equal(mismatch.status, 1, 'the lost 0 is an invalid number as written');
  assert.equal(text(mismatch.stdout).trim().split('\n').length, 1);
  const unchecked = text(run(['--birth-date-column=none', '--format=jsonl', where]).stdout);
  assert.doesNotMatch(unchecked, /mismatch/);
  const summary = text(run(['--format=summary', where]).stdout);
  assert.match(
    summary,
    /4 numbers checked: 3 valid, 1 not valid\. Numbers that lost their leading 0 \(Excel drops it\): 1\./,
  );
});

test('encodings as the page reads them: Windows-1251 and UTF-16 with a byte-order mark', () => {
  const utf8 = 'ФИО;ИИН\nАйгерим Бекова;901123300258\nЁлкин Пётр;870413300129\n';
  const expected = run(['-'], { input: Buffer.from(utf8) }).stdout;
  const cp1251 = Buffer.from(
    [...utf8].map((c) => {
      const code = c.codePointAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return { Ё: 0xa8, ё: 0xb8 }[c];
    }),
  );
  assert.deepEqual(run(['-'], { input: cp1251 }).stdout, expected);
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]);
  assert.deepEqual(run([file('staff-utf16.csv', utf16le)]).stdout, expected);
  const utf16be = Buffer.from(utf16le).swap16();
  assert.deepEqual(run([file('staff-utf16be.csv', utf16be)]).stdout, expected);
});

test('--only picks the lines written; the exit status still counts every line', () => {
  const invalid = run(['--only=invalid', fixture('staff-hr.csv')]);
  assert.equal(invalid.status, 1);
  const rows = text(invalid.stdout).split('\r\n').filter(Boolean);
  assert.equal(rows.length, 3, 'the header and two invalid lines');
  const valid = run(['--only=valid', '--format=jsonl', fixture('staff-hr.csv')]);
  assert.equal(valid.status, 1);
  assert.deepEqual(
    text(valid.stdout)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).outcome),
    ['valid', 'valid', 'valid'],
  );
  assert.deepEqual(
    text(valid.stdout)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).line),
    [2, 4, 5],
  );
  const blank = run(['--only=blank', '--format=jsonl', fixture('staff-hr.csv')]);
  assert.deepEqual(
    JSON.parse(text(blank.stdout)).errors.map((e) => e.code),
    ['empty'],
  );
});

test('jsonl: one object a line with the file, the line and the fields of check()', () => {
  const lines = text(run(['--format=jsonl', fixture('staff-hr.csv')]).stdout)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 6);
  assert.deepEqual(Object.keys(lines[0]), [
    'file',
    'line',
    'outcome',
    'input',
    'normalized',
    'valid',
    'kind',
    'errors',
    'warnings',
    'checkDigit',
    'expectedCheckDigit',
    'iin',
    'bin',
    'suggestions',
  ]);
  assert.equal(lines[0].file, fixture('staff-hr.csv'));
  assert.deepEqual(
    lines.map((l) => l.line),
    [2, 3, 4, 5, 6, 7],
  );
  assert.deepEqual(lines[0].iin, { birthDate: '1990-11-23', gender: 'male', century: 20, serial: '0025' });
  assert.equal(lines[1].errors[0].code, 'checksum_mismatch');
  assert.equal(lines[5].errors[0].position, 4);
});

test('--today: a number from after that day is valid with a warning, and not valid with --strict', () => {
  // Born on 5 January 2027 (an IIN of the 21st century's first half), and a BIN registered in January 2049.
  const where = file('future.txt', '270105500008\n490140000002\n');
  const lines = text(run(['--today=2026-12-07', '--format=jsonl', where]).stdout)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((l) => [l.valid, l.warnings.map((w) => w.code)]),
    [
      [true, ['born_in_future']],
      [true, ['registered_in_future']],
    ],
  );
  assert.equal(run(['--today=2026-12-07', where]).status, 0);
  assert.equal(run(['--today=2026-12-07', '--strict', where]).status, 1);
  const later = text(run(['--today=2049-02-01', '--format=jsonl', where]).stdout);
  assert.ok(!later.includes('in_future'), later);
});

test('summary: the counts and the reasons, in the language asked for', () => {
  const en = text(run(['--format=summary', fixture('staff-hr.csv')]).stdout);
  assert.equal(
    en,
    `${fixture('staff-hr.csv')}: 5 numbers checked: 3 valid, 2 not valid. Lines without a number in the chosen column: 1.\n` +
      '  Not a digit in the number: 1\n  Wrong check digit: 1\n',
  );
  const kk = text(run(['--format=summary', '--lang=kk', fixture('staff-hr.csv')]).stdout);
  assert.doesNotMatch(kk.split(': ').slice(1).join(': '), /[A-Za-z]{3,}/, 'no English words in Kazakh');
});

test('--column by number (from 1) or by name, whatever its case; an unknown name is an error', () => {
  const byNumber = run(['--format=jsonl', '--column=2', fixture('staff-hr.csv')]);
  const byName = run(['--format=jsonl', '--column', ' IIN ', fixture('staff-hr.csv')]);
  assert.deepEqual(byName.stdout, byNumber.stdout);
  const cyrillic = run(['--format=jsonl', '--column=бин', fixture('bank-export.csv')]);
  assert.equal(JSON.parse(text(cyrillic.stdout).split('\n')[0]).input, '940140000385');
  const names = run(['--format=jsonl', '--column=1', fixture('staff-hr.csv')]);
  assert.equal(JSON.parse(text(names.stdout).split('\n')[0]).input, 'Aigerim Bekova');
  assertTrouble(
    run(['--column=passport', fixture('staff-hr.csv')]),
    /names no column: "passport"; the first line holds "name", "iin", "department"/,
  );
});

test('several files: one after another, and the worst status', () => {
  const both = run(['--format=summary', file('ok.txt', '901123300258\n'), fixture('staff-hr.csv')]);
  assert.equal(both.status, 1);
  assert.equal(
    text(both.stdout)
      .split('\n')
      .filter((l) => /numbers checked/.test(l)).length,
    2,
  );
});

test('bad input: a message naming the file and status 2, never a crash', () => {
  assertTrouble(run([path.join(scratch, 'missing.csv')]), /missing\.csv: cannot open it: No such file or directory/);
  assertTrouble(run([scratch]), /cannot read it: Is a directory/);
  assertTrouble(
    run([file('binary.bin', Buffer.from([0x39, 0x30, 0x00, 0xff, 0x10, 0x0a, 0x01, 0x02]))]),
    /binary\.bin: it is neither text nor CSV/,
  );
  assertTrouble(
    run(['-'], { input: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]) }),
    /standard input: it is neither text nor CSV/,
  );
  assertTrouble(
    run([file('book.xlsx', Buffer.from('PK\x03\x04\x14\x00\x06\x00rest of a workbook'))]),
    /book\.xlsx: it is an Excel workbook \(or another zip file\): save the sheet as CSV/,
  );
  assertTrouble(
    run([file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))]),
    /old\.xls: it is an old Excel workbook \(\.xls\)/,
  );
  // a quote that never closes: the page reads that record with plain quotes, iin-check refuses
  assertTrouble(
    run([file('unclosed.csv', 'name,iin\nA,901123300258\n"Bekova, Aigerim,940140000385\nC,901123300258\n')]),
    /unclosed\.csv: line 3: a quote opened in this record is never closed/,
  );
  // a line of 100 MB, after a good one: refused when met, without holding it all
  const long = Buffer.alloc(100 * 1024 * 1024 + 20, 0x37);
  long.write('901123300258\n', 0);
  long.write('\n', long.length - 1);
  const longFile = file('long.txt', long);
  const piped = spawnSync('sh', ['-c', `cat '${longFile}' | '${iinCheck}' -`], { encoding: 'utf8' });
  assertTrouble({ ...piped, stdout: Buffer.from(piped.stdout) }, /standard input: line 2 is longer than 1048576 bytes/);
  assertTrouble(run([file('first-long.txt', long.subarray(13))]), /line 1 is longer than 1048576 bytes/);
});

test('a full disk (/dev/full) is a message and status 2', () => {
  const full = openSync('/dev/full', 'w');
  try {
    for (const format of ['csv', 'jsonl', 'summary']) {
      const out = run([`--format=${format}`, fixture('staff-hr.csv')], { stdio: ['ignore', full, 'pipe'] });
      assertTrouble(out, /^iin-check: cannot write the output: No space left on device\n$/);
    }
    assertTrouble(
      run(['--help'], { stdio: ['ignore', full, 'pipe'] }),
      /cannot write the output: No space left on device/,
    );
  } finally {
    closeSync(full);
  }
});
