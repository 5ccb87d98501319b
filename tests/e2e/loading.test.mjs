// Loading only what is needed, and failing clearly: the bytes before the first verdict, an
// element that only checks numbers, start-up failures in the reader's language, a failed
// checklist engine that leaves "Check a number" working, and Trusted Types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser,
  openPage,
  recordRequests,
  startSite,
  typeNumberWhenReady,
  useNumberAndDocuments,
  whenReady,
} from './browser.mjs';
import { text } from './translations.mjs';

const BUDGET = 60 * 1024;
let site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

function recordErrors() {
  window.startErrors = [];
  document.addEventListener('iin-error', (event) => window.startErrors.push(event.detail.code));
}

// A host page of our own at `path` on the site's origin; `routes` stand in for a failing server.
async function hostPage(context, path, body, routes = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="icon" href="/page/icon.svg"><script type="module" src="/iin-checker-element.js"></script></head>
    <body>${body}</body></html>`;
  const page = await openPage(context);
  await page.addInitScript(recordErrors);
  await page.route(`${site.origin}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(`${site.origin}${path}`);
  return page;
}

test(`a first visit transfers under ${BUDGET / 1024} KB gzip before the first verdict in "Check a number"`, async () => {
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.addInitScript(typeNumberWhenReady);
  await page.goto(`${site.origin}/#view=number`);
  await page.waitForFunction(() => performance.getEntriesByName('iin:first-verdict').length > 0);
  // Resource Timing: each response's body as it came over the wire (gzip), up to the verdict.
  const before = await page.evaluate(() => {
    const verdict = performance.getEntriesByName('iin:first-verdict')[0].startTime;
    return [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((entry) => entry.responseEnd <= verdict)
      .map((entry) => ({ file: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
  });
  const bytes = before.reduce((sum, entry) => sum + entry.bytes, 0);
  console.log(`before the first verdict: ${before.length} files, ${bytes} bytes gzip (budget ${BUDGET})`);
  assert.ok(bytes < BUDGET, `${bytes} bytes: ${JSON.stringify(before)}`);
  assert.deepEqual(
    before.filter((entry) => /checklist|documents-view|many-view|on-demand|words-(ru|kk)/.test(entry.file)),
    [],
    'nothing of the other views or languages before the verdict',
  );
  // Then, for "My documents" and for offline use, the engine comes in the background.
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith('/iin-checklist-core.wasm')),
  );
  assert.ok(requests.some((url) => url.endsWith('/iin-checklist-core.wasm')));
  await context.close();
});

test('<iin-checker view="number"> never loads the checklist engine', async () => {
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const page = await hostPage(context, '/numbers-only.html', '<iin-checker view="number" lang="ru"></iin-checker>');
  await page.locator('iin-checker #number').fill('901123300258');
  await page.locator('iin-checker #number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    requests.filter((url) => /checklist|documents-view/.test(url)),
    [],
  );
  assert.ok(requests.some((url) => url.endsWith('/iin-checker-core.wasm')));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("start-up failures: a short message in the reader's language and iin-error with a code", async () => {
  const context = await launchBrowser();
  const cases = [
    {
      lang: 'ru',
      code: 'load_failed',
      words: 'startFailed',
      route: (route) => route.fulfill({ status: 404, body: 'Not found' }),
    },
    {
      lang: 'kk',
      code: 'corrupt_module',
      words: 'startFailed',
      route: async (route) => {
        const response = await route.fetch();
        const bytes = Buffer.from(await response.body());
        bytes[bytes.length - 10] ^= 0xff; // one damaged byte
        await route.fulfill({ response, body: bytes });
      },
    },
  ];
  for (const { lang, code, words, route } of cases) {
    const page = await hostPage(
      context,
      `/failing-${code}.html`,
      `<iin-checker view="number" lang="${lang}"></iin-checker>`,
      { '**/iin-checker-core.wasm': route },
    );
    const alert = page.locator('iin-checker [role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), text(lang, words));
    assert.deepEqual(await page.evaluate(() => window.startErrors), [code]);
    await page.close();
  }
  // No WebAssembly at all.
  const page = await openPage(context);
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.addInitScript(recordErrors);
  await page.goto(`${site.origin}/demo/`);
  await page.locator('#documents [role="alert"]').getByText(text('kk', 'startUnsupported')).waitFor();
  await page.locator('#numbers [role="alert"]').getByText(text('en', 'startUnsupported')).waitFor();
  assert.deepEqual(await page.evaluate(() => window.startErrors), ['unsupported', 'unsupported']);
  await context.close();
});

test('when the checklist engine cannot load, "Check a number" still works and "My documents" says why', async () => {
  // No service worker: its copy of the engine (kept once it has installed) would get past the route.
  const context = await launchBrowser({ serviceWorkers: 'block' });
  const page = await openPage(context);
  await page.addInitScript(recordErrors);
  await page.route('**/iin-checklist-core.wasm', (route) => route.fulfill({ status: 503, body: 'Unavailable' }));
  await page.goto(`${site.origin}/#view=number&lang=ru`);
  await whenReady(page);
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();
  await page.locator('.tabs__tab[data-view="documents"]').click();
  await page.locator('#view-documents .rules-problem').waitFor();
  assert.match(
    await page.locator('#view-documents .rules-problem').innerText(),
    new RegExp(text('ru', 'rulesUnavailable', { url: 'X' }).split('X')[1].trim().slice(0, 20)),
  );
  assert.ok((await page.evaluate(() => window.startErrors)).includes('load_failed'));
  await page.locator('.tabs__tab[data-view="number"]').click();
  await page.locator('#number').fill('940140000385');
  await page.locator('#number-verdict').getByText(text('ru', 'verdictValidBin')).waitFor();
  await context.close();
});

test("under Trusted Types (require-trusted-types-for 'script') the page and an embedded element work", async () => {
  // The page names its two policies: iin-checker (the element's) and default (its own, for workers).
  const policy = "require-trusted-types-for 'script'; trusted-types iin-checker default";
  const guarded = await startSite({
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; ${policy}`,
    },
  });
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const page = await openPage(context, `${guarded.origin}/#view=number`);
  await useNumberAndDocuments(page);
  await page.locator('.tabs__tab[data-view="many"]').click();
  await page.locator('#many-text').fill('901123300258\n901123300257');
  await page.locator('#many-run').click();
  await page.locator('#many-rows tr').nth(1).waitFor();
  assert.ok(
    requests.some((url) => url.endsWith('/page/many-worker.js')),
    '"Check many" ran in its worker',
  );
  assert.equal(
    await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready)),
    true,
    'the service worker registered',
  );
  const demo = await openPage(context, `${guarded.origin}/demo/`);
  await demo.locator('#numbers #number').fill('901123300258');
  await demo.locator('#numbers #number-verdict').getByText('Valid IIN').waitFor();
  await demo.locator('#documents #items li').first().waitFor();
  assert.deepEqual([...page.problems, ...demo.problems], []); // a Trusted Types violation is a CSP violation
  await context.close();
  await guarded.close();
});
