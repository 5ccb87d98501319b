// The served site in real Chromium: it loads the compiled checker and answers as the user types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startSite, recordRequests } from './browser.mjs';

let site;
let context;
before(async () => {
  site = await startSite();
  context = await launchBrowser();
});
after(async () => {
  await context?.close();
  await site?.close();
});

test('the page checks a typed number with the compiled module, with no request off the site', async () => {
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  await page.getByLabel('IIN or BIN').fill('901 123 300 258');
  await assert.doesNotReject(page.waitForFunction(() => document.querySelector('#verdict').textContent === 'Valid'));
  await page.getByLabel('IIN or BIN').fill('901123300257');
  await page.waitForFunction(() => /check digit of 8/.test(document.querySelector('#verdict').textContent));
  assert.ok(requests.some((url) => url.endsWith('.wasm')));
  assert.deepEqual(requests.filter((url) => !url.startsWith(site.origin)), []);
  await page.close();
});
