// Embedding: two <iin-checker> elements on a host page served with the strict CSP of the issue,
// theming, no CSS leaking either way, one shared module, and the events the host hears; then
// the single offline file opened from disk with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTwoLines, launchBrowser, openPage, recordRequests, startSite, whenReady } from './browser.mjs';
import { siteDir } from '../js/site.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let site;
before(async () => {
  site = await startSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });
});
after(async () => site?.close());

const shadow = (page, id) => page.locator(`#${id}`);

async function hostPage(context) {
  const page = await openPage(context, `${site.origin}/demo/`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('iin-checker')].every((e) =>
      e.shadowRoot?.querySelector('.view:not([hidden]):not([aria-busy])'),
    ),
  );
  return page;
}

test('two elements in two languages work under the strict CSP, and the host hears their events', async () => {
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const page = await hostPage(context);
  const numbers = shadow(page, 'numbers');
  const documents = shadow(page, 'documents');
  await numbers.locator('#number').fill('901123300258');
  await numbers.locator('#number-verdict').getByText('Valid IIN').waitFor();
  assert.match(await page.locator('#events').innerText(), /iin-check from #numbers: 901123300258 valid/);

  assert.equal(await documents.locator('#documents-heading').innerText(), 'Маған қандай құжаттар керек?');
  assert.equal(await documents.locator('#category-spouse').isChecked(), true); // the preset answers
  await documents.getByLabel('Неке туралы куәлік').check();
  assert.match(
    await page.locator('#events').innerText(),
    /iin-checklist-change from #documents: consulate\/spouse ready=false/,
  );
  assert.match(await page.locator('#events').innerText(), /iin-ready from #numbers: number view ready/);
  assert.equal(await numbers.locator('.tabs').isHidden(), true);

  assert.equal(await page.locator('#violations').innerText(), '0');
  assert.deepEqual(page.problems, []);
  assert.equal(
    requests.filter((url) => url.endsWith('/iin-checker-core.wasm')).length,
    1,
    'one module for both elements',
  );
  assert.equal(requests.filter((url) => url.endsWith('/iin-checklist-core.wasm')).length, 1);
  assert.equal(
    await page.evaluate(
      () => document.getElementById('numbers').checker === document.getElementById('documents').checker,
    ),
    true,
  );
  await context.close();
});

test('themed through custom properties only: no CSS leaks in or out', async () => {
  const context = await launchBrowser();
  const page = await hostPage(context);
  const style = (locator, property) => locator.evaluate((node, p) => getComputedStyle(node)[p], property);
  const documents = shadow(page, 'documents');
  const numbers = shadow(page, 'numbers');
  assert.equal(await style(documents.locator('#print'), 'backgroundColor'), 'rgb(120, 40, 140)'); // --iin-accent
  assert.equal(await style(numbers.locator('#print'), 'backgroundColor'), 'rgb(11, 79, 108)'); // the default
  assert.notEqual(await style(numbers.locator('.lead').first(), 'color'), 'rgb(120, 0, 0)'); // host's p rule
  assert.doesNotMatch(await style(numbers.locator('.lead').first(), 'fontFamily'), /Georgia/); // host's font
  assert.equal(await style(page.locator('.host-paragraph'), 'color'), 'rgb(120, 0, 0)'); // host's own still applies
  assert.equal(await style(page.locator('.host-paragraph'), 'marginTop'), '32px');
  // ::part() reaches exactly the named part.
  assert.equal(await style(numbers.locator('#number'), 'borderTopColor'), 'rgb(0, 110, 60)');
  assert.notEqual(await style(numbers.locator('#cross-birth'), 'borderTopColor'), 'rgb(0, 110, 60)');
  await context.close();
});

test('the page itself runs under the strict CSP with no violation', async () => {
  const context = await launchBrowser();
  const page = await openPage(context, `${site.origin}/#view=documents&channel=psc`);
  await whenReady(page);
  await page.locator('#items li').first().waitFor();
  await page.locator('.tabs__tab[data-view="number"]').click();
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText('Valid IIN').waitFor();
  assert.deepEqual(page.problems, []); // openPage reports every securitypolicyviolation as a problem
  await context.close();
});

test('deployed in a sub-folder, the site and its offline cache stay in that folder', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'iin-host-'));
  mkdirSync(path.join(root, 'tools'));
  // A copy: the server refuses a symlink that leads out of its root, as a web server should.
  cpSync(siteDir, path.join(root, 'tools', 'iin'), { recursive: true });
  const host = await startSite({ root });
  const context = await launchBrowser();
  const page = await openPage(context, `${host.origin}/tools/iin/#view=number`);
  await whenReady(page);
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText('Valid IIN').waitFor();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${host.origin}/tools/iin/`);
  assert.deepEqual(page.problems, []);
  await context.close();
  await host.close();
});

test('the single file works opened from disk with the network off', async () => {
  const file = path.join(siteDir, 'iin-checker-offline.html');
  assert.ok(statSync(file).size < 400 * 1024, `${statSync(file).size} bytes`);
  const context = await launchBrowser();
  await context.setOffline(true);
  const requests = recordRequests(context);
  const page = await openPage(context, `${pathToFileURL(file).href}#view=number&lang=kk`);
  await page.waitForFunction(() => performance.getEntriesByName('iin:ready').length > 0);
  await page.locator('#number').fill('940140000385');
  await page.locator('#number-verdict').getByText('БСН дұрыс').waitFor();
  await page.locator('.tabs__tab[data-view="documents"]').click();
  await page.locator('#channel-psc').check();
  assert.deepEqual(await page.locator('#items li[data-item]').evaluateAll((n) => n.map((x) => x.dataset.item)), [
    'application',
    'passport',
  ]);
  await checkTwoLines(page);
  assert.deepEqual(
    requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:')),
    [],
  );
  assert.deepEqual(page.problems, []);
  await context.close();
});
