// "Check many" in real Chromium: pasted lists, a 100,000-line file checked in a Web Worker
// with progress, the filter, the pages of the table and the CSV of the results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';

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

async function manyPage() {
  const page = await openPage(context, `${site.origin}/#view=many`);
  await whenReady(page);
  return page;
}

const rows = (page) => page.locator('#many-rows tr').evaluateAll((trs) => trs.map((tr) =>
  [...tr.cells].map((td) => td.innerText.trim())));

test('a pasted list: summary, reasons per line, and the filter', async () => {
  const page = await manyPage();
  await page.locator('#many-text').fill('901123300258\n901123300257\n\nabc\n"940140000385",ACME Ltd\n90112330025');
  await page.locator('#many-run').click();
  await page.locator('#many-summary').getByText('5 numbers checked: 2 valid, 3 not valid.').waitFor();
  assert.deepEqual(await rows(page), [
    ['1', '901123300258', '✓ Valid'],
    ['2', '901123300257', '✗ Wrong check digit'],
    ['4', 'abc', '✗ Not a digit in the number'],
    ['5', '"940140000385",ACME Ltd', '✓ Valid'],
    ['6', '90112330025', '✗ Too few digits'],
  ]);
  await page.locator('#many-filter').selectOption('invalid');
  assert.deepEqual((await rows(page)).map((r) => r[0]), ['2', '4', '6']);
  await page.locator('#many-filter').selectOption('valid');
  assert.deepEqual((await rows(page)).map((r) => r[0]), ['1', '5']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a 100,000-line file is checked in a worker with progress, without freezing the page', async () => {
  const valid = ['901123300258', '940140000385', '061211600012'];
  const lines = [];
  for (let i = 0; i < 100_000; i += 1) lines.push(i % 4 === 3 ? `${valid[i % 3]}9` : valid[i % 3]);
  const page = await manyPage();
  await page.evaluate(() => {
    const progress = document.querySelector('iin-checker').shadowRoot.getElementById('many-progress');
    window.progressSeen = [];
    new MutationObserver(() => window.progressSeen.push(Number(progress.value))).observe(progress, { attributes: true });
  });
  await page.locator('#many-file').setInputFiles({
    name: 'numbers.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
  });
  // The page answers while the file is being checked: the work is not on its main thread.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await page.locator('#many-summary').getByText('100,000 numbers checked: 75,000 valid, 25,000 not valid.').waitFor();
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((value) => value > 0 && value < 1), `progress values: ${seen.join(', ')}`);
  assert.match(await page.locator('#page-status').innerText(), /Page 1 of 1,?000/);
  assert.equal((await rows(page)).length, 100);
  await page.locator('#page-next').click();
  assert.equal((await rows(page))[0][0], '101');
  await page.locator('#many-filter').selectOption('invalid');
  assert.deepEqual((await rows(page)).slice(0, 2).map((r) => r[0]), ['4', '8']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the results download as a CSV', async () => {
  const page = await manyPage();
  await page.locator('#many-text').fill('901123300258\n9011x\n');
  await page.locator('#many-run').click();
  await page.locator('#many-summary').getByText('2 numbers checked').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#many-download').click()]);
  assert.equal(download.suggestedFilename(), 'iin-check-results.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.equal(csv, '\ufeffline,number,valid,result,code\r\n1,901123300258,yes,Valid,valid\r\n' +
    '2,9011x,no,Not a digit in the number,invalid_character\r\n');
  await page.close();
});
