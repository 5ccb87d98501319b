// "Check many" in real Chromium with the files people really have (tests/fixtures/many, made by
// Python's csv and openpyxl and by iconv): an Excel workbook and its second sheet, Windows-1251,
// UTF-16, quoted line breaks; the table, the summary and both exports cell by cell. And bad files,
// made here (never committed): a zip bomb renamed .xlsx, a 200 MB workbook, a sheet of 16,384
// columns, one of 1,048,576 rows, an old .xls, bytes that are no text: each a clear message or a
// result after a wait with progress, the tab responsive, and nothing typed lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { zipSync, strToU8 } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { text as words } from './translations.mjs';
import { oracle } from '../js/oracle.mjs';

const NOW = '2026-12-07T10:00:00+05:00';
const folder = mkdtempSync(path.join(os.tmpdir(), 'iin-many-files-'));
const fixture = (name) => new URL(`../fixtures/many/${name}`, import.meta.url).pathname;
let site;
let context;
before(async () => {
  site = await startSite();
  context = await launchBrowser({ acceptDownloads: true });
});
after(async () => {
  await context?.close();
  await site?.close();
});

async function manyPage(language = 'en') {
  const page = await openPage(context, `${site.origin}/#view=many&lang=${language}`, { now: NOW });
  await whenReady(page);
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return page;
}

const rows = (page) =>
  page.locator('#many-rows tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.innerText.trim())));

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const isValidIin = (cell) => /^\d{12}$/.test(cell) && oracle(cell).errors.length === 0;
// Every original cell kept (a CSV neutralises a formula with a leading "'"), and no valid IIN in a
// cell unless it is the row's own, its leading zeros restored, or labelled as the birth-date match.
function assertExport(table, source, { columns, numberColumn, csv }) {
  assert.equal(table.length, source.length, 'one row in, one row out');
  source.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const got = table[r][c] ?? '';
      assert.equal(csv && /^[=+\-@\t\r]/.test(cell) ? got.slice(1) : got, cell, `row ${r + 1}, column ${c + 1}`);
    }),
  );
  for (const row of table.slice(1)) {
    const own = row[numberColumn];
    row.forEach((cell, c) => {
      if (!isValidIin(cell)) return;
      assert.ok(
        cell === own || c === columns + 5 || (c === columns + 3 && cell === own.padStart(12, '0')),
        `a valid IIN that is not the row's own: ${cell} in column ${c + 1}`,
      );
    });
  }
}

const STAFF_SOURCE = [
  ['№', 'ФИО', 'ИИН', 'Дата рождения', 'Пол', 'Должность'],
  ['1', 'Абенов Тимур', '901123300258', '23.11.1990', 'М', 'Бухгалтер'],
  ['2', 'Бекова Айгерим', '851207400556', '07.12.1985', 'Ж', 'Кассир'],
  ['3', 'Иванова Дарья', '30322636224', '22.03.2003', 'Ж', 'Стажёр'],
  ['4', 'Сейткали Ерлан', '50322512343', '22.03.2005', 'М', 'Стажёр'],
  ['5', 'Ким Сергей', '911210317131', '18.12.1991', 'М', 'Водитель'],
  ['6', 'Орлова Анна', '901123300258', '24.11.1990', 'Ж', 'Юрист'],
  ['7', 'Петров Иван', '851207400556', '07.12.1985', 'М', 'Охранник'],
  ['8', 'Нуртаева Дана', '', '01.01.1999', 'Ж', 'Секретарь'],
];

test('an Excel workbook: its first sheet named, zeros lost and people who differ counted, both exports cell by cell', async () => {
  const page = await manyPage('ru');
  await page.locator('#many-file').setInputFiles(fixture('staff.xlsx'));
  await page.locator('#many-file-note').getByText('«Сотрудники»').waitFor();
  const summary = await page.locator('#many-summary').innerText();
  for (const key of ['manyLeadingZero', 'manyBirthMismatch', 'manySexMismatch']) {
    assert.ok(summary.includes(words('ru', key, { count: key === 'manyLeadingZero' ? 2 : 1 })), key);
  }
  assert.deepEqual(await page.locator('#many-sheet option').allInnerTexts(), ['Сотрудники', 'Уволенные']);
  assert.equal(await page.locator('#many-birth-column').inputValue(), '3');
  assert.equal(await page.locator('#many-sex-column').inputValue(), '4');
  const table = await rows(page);
  assert.deepEqual(
    table.map((row) => row[0]),
    ['2', '3', '4', '5', '6', '7', '8', '9'],
    'one line number per row: the sheet row',
  );
  assert.match(table[2][2], /030322636224/, 'the restored number is shown');
  assert.match(table[4][2], /911218317131/, 'the only neighbour that matches the birth date, said so');
  assert.doesNotMatch(table[0][1], /^1\b/, 'the file’s own № is not a second line number');

  const csv = await download(page, '#many-download-csv');
  assert.equal(csv.name, 'staff-checked-2026-12-07.csv');
  assertExport(parse(csv.bytes.toString('utf8'), { bom: true }), STAFF_SOURCE, {
    columns: 6,
    numberColumn: 2,
    csv: true,
  });
  const xlsx = await download(page, '#many-download-xlsx');
  assert.equal(xlsx.name, 'staff-checked-2026-12-07.xlsx');
  assertExport(await readSheet(xlsx.bytes), STAFF_SOURCE, { columns: 6, numberColumn: 2, csv: false });

  await page.locator('#many-sheet').selectOption('1');
  await page.locator('#many-file-note').getByText('«Уволенные»').waitFor();
  await page
    .locator('#many-summary')
    .getByText(words('ru', 'manySummary', { total: 2, valid: 1, invalid: 1 }))
    .waitFor();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Windows-1251 is found and said; names shown and exported intact; another encoding can be chosen', async () => {
  const page = await manyPage('kk');
  await page.locator('#many-file').setInputFiles(fixture('staff-cp1251.csv'));
  await page.locator('#many-file-note').getByText('Windows-1251').waitFor();
  assert.equal(await page.locator('#many-encoding').inputValue(), 'windows-1251');
  await page
    .locator('#many-summary')
    .getByText(words('kk', 'manyLeadingZero', { count: 2 }))
    .waitFor();
  assert.match((await rows(page))[0][1], /Абенов Тимур/);
  const csv = await download(page, '#many-download-csv');
  const table = parse(csv.bytes.toString('utf8'), { bom: true, delimiter: ';' });
  assertExport(
    table,
    STAFF_SOURCE.map((row) => row.map((cell) => (/^0\d{11}$/.test(cell) ? cell.slice(1) : cell))),
    { columns: 6, numberColumn: 2, csv: true },
  );
  // Chosen by hand, UTF-8 shows what a wrong guess looks like; back again, the names return.
  await page.locator('#many-encoding').selectOption('utf-8');
  await page.locator('#many-file-note').getByText('UTF-8').waitFor();
  assert.doesNotMatch((await rows(page))[0][1], /Абенов/);
  await page.locator('#many-encoding').selectOption('windows-1251');
  await page.locator('#many-rows').getByText('Абенов Тимур').waitFor();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('UTF-16 and quoted line breaks: one row per record, the line where each starts', async () => {
  const page = await manyPage();
  await page.locator('#many-file').setInputFiles(fixture('staff-utf16.txt'));
  await page.locator('#many-file-note').getByText('UTF-16 LE').waitFor();
  assert.match((await rows(page))[1][1], /Бекова Айгерим/);
  await page.locator('#many-file').setInputFiles(fixture('quoted-breaks.csv'));
  await page.locator('#many-summary').getByText('4 numbers checked: 3 valid, 1 not valid.').waitFor();
  assert.deepEqual(
    (await rows(page)).map((row) => row[0]),
    ['2', '4', '6', '8'],
  );
  const csv = await download(page, '#many-download-csv');
  const table = parse(csv.bytes.toString('utf8'), { bom: true });
  assertExport(table, parse(readFileSync(fixture('quoted-breaks.csv'), 'utf8')), {
    columns: 3,
    numberColumn: 1,
    csv: true,
  });
  // The filter that shows nothing says so in words.
  await page.locator('#many-filter').selectOption('blank');
  assert.equal(await page.locator('#many-empty').isVisible(), true);
  assert.deepEqual(page.problems, []);
  await page.close();
});

// A workbook written here: [sheet XML parts] into a zip with the parts Excel needs.
function workbook(sheetXml, extra = {}) {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': sheetXml,
    ...extra,
  });
}
const save = (name, bytes) => {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
};

async function dropKeepingText(page, file) {
  await page.locator('#many-text').fill('901123300258 typed by hand');
  const start = Date.now();
  await page.locator('#many-file').setInputFiles(file);
  return start;
}

async function assertStillUsable(page) {
  assert.equal(await page.locator('#many-text').inputValue(), '901123300258 typed by hand', 'nothing typed lost');
  const longest = await page.evaluate(() => window.longestTask);
  console.log(`longest main-thread task: ${longest.toFixed(0)} ms`);
  assert.ok(longest < 1000, `the tab froze for ${longest} ms`);
  await page.locator('#many-run').click();
  await page.locator('#many-summary').getByText('1 numbers checked', { exact: false }).waitFor();
}

test('bad files: an old .xls, bytes that are no text, a zip bomb renamed .xlsx: a clear message each', async () => {
  const page = await manyPage();
  const xls = save('old.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(4096)]));
  const start = await dropKeepingText(page, xls);
  await page.locator('#many-file-note').getByText(words('en', 'manyXls')).waitFor();
  console.log(`.xls refused after ${Date.now() - start} ms`);
  await dropKeepingText(page, save('noise.csv', randomBytes(100_000)));
  await page.locator('#many-file-note').getByText(words('en', 'manyBinary')).waitFor();
  // 300 MB of one character, packed into a few hundred kilobytes, as the shared strings (64 MB allowed).
  const bomb = workbook(strToU8('<worksheet><sheetData/></worksheet>'), {
    'xl/sharedStrings.xml': new Uint8Array(300 * 2 ** 20).fill(0x61),
  });
  console.log(`zip bomb: ${bomb.length} bytes`);
  const bombStart = await dropKeepingText(page, save('bomb.xlsx', bomb));
  await page
    .locator('#many-file-note')
    .getByText(words('en', 'manyWorkbookTooBig', { size: 64 }))
    .waitFor({ timeout: 60_000 });
  console.log(`zip bomb refused after ${Date.now() - bombStart} ms`);
  await assertStillUsable(page);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('big workbooks: 200 MB, 16,384 columns, 1,048,576 rows: read after a wait with progress', async () => {
  const page = await manyPage();
  // 200 MB that the sheet does not use (a picture, say), beside a small sheet.
  const small = strToU8(
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>IIN</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>901123300258</v></c></row></sheetData></worksheet>',
  );
  const heavy = zipSync(
    {
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': small,
      'xl/media/image1.bin': [randomBytes(200 * 2 ** 20), { level: 0 }],
    },
    { level: 6 },
  );
  let start = await dropKeepingText(page, save('heavy.xlsx', heavy));
  await page.locator('#many-file-note').getByText('“heavy.xlsx”: sheet').waitFor({ timeout: 120_000 });
  await page.locator('#many-summary').getByText('1 numbers checked: 1 valid').waitFor({ timeout: 120_000 });
  console.log(`200 MB workbook read and checked after ${Date.now() - start} ms`);

  const wide = [];
  for (let c = 0; c < 16384; c += 1) wide.push(`<c r="${columnName(c)}1" t="inlineStr"><is><t>c${c}</t></is></c>`);
  const numbers = [];
  for (let c = 0; c < 16384; c += 1) numbers.push(c === 700 ? `<c r="${columnName(c)}2"><v>901123300258</v></c>` : '');
  start = await dropKeepingText(
    page,
    save(
      'wide.xlsx',
      workbook(
        strToU8(
          `<worksheet><sheetData><row r="1">${wide.join('')}</row><row r="2">${numbers.join('')}</row></sheetData></worksheet>`,
        ),
      ),
    ),
  );
  await page.locator('#many-file-note').getByText('“wide.xlsx”: sheet').waitFor({ timeout: 120_000 });
  await page.locator('#many-summary').getByText('1 numbers checked: 1 valid').waitFor({ timeout: 120_000 });
  assert.equal(await page.locator('#many-column').inputValue(), '700');
  console.log(`16,384 columns read after ${Date.now() - start} ms`);

  const tall = ['<worksheet><sheetData>'];
  for (let r = 1; r <= 1_048_576; r += 1) tall.push(`<row r="${r}"><c r="A${r}"><v>901123300258</v></c></row>`);
  tall.push('</sheetData></worksheet>');
  start = await dropKeepingText(page, save('tall.xlsx', workbook(strToU8(tall.join('')))));
  await page.locator('#many-file-note').getByText('“tall.xlsx”: sheet').waitFor({ timeout: 300_000 });
  await page.locator('#many-summary').getByText('1,048,576 numbers checked').waitFor({ timeout: 300_000 });
  console.log(`1,048,576 rows read and checked after ${Date.now() - start} ms`);
  await assertStillUsable(page);
  assert.deepEqual(page.problems, []);
  await page.close();
});

function columnName(index) {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
