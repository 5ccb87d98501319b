// Loading only what is needed: the bytes before the first verdict, an element that only checks
// numbers, and the page under Trusted Types. (Failures: failures.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkTwoLines,
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

test("under Trusted Types (require-trusted-types-for 'script') the page and an embedded element work", async () => {
  // The page allows one policy: iin-checker, the element's (its worker's URL goes through it).
  const policy = "require-trusted-types-for 'script'; trusted-types iin-checker";
  const guarded = await startSite({
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; ${policy}`,
    },
  });
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const page = await openPage(context, `${guarded.origin}/#view=number`);
  await useNumberAndDocuments(page);
  await checkTwoLines(page);
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

test("while the page loads, its header and footer are in the link's language; the Kazakh header is Kazakh", async () => {
  const context = await launchBrowser({ serviceWorkers: 'block' });
  const shell = (page) =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      header: document.querySelector('.masthead').innerText,
      loading: document.querySelector('.loading').innerText,
      footer: document.querySelector('.footer').innerText,
    }));
  const latin = /[A-Za-z]/;
  for (const language of ['ru', 'kk']) {
    // The page's modules never arrive: what shows is the shell alone, as on a slow connection.
    const page = await openPage(context);
    let held;
    await page.route('**/page/main.js', () => {
      held = true; // never answered
    });
    // The modules would run before DOMContentLoaded: wait for the parsed, styled footer instead.
    await page.goto(`${site.origin}/#view=documents&lang=${language}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => {
      const english = document.querySelector('.footer [data-shell] > [lang="en"]');
      return english && getComputedStyle(english).display === 'none';
    });
    const loading = await shell(page);
    assert.ok(held, 'the page waits for its modules');
    assert.equal(loading.lang, language);
    assert.ok(loading.header.includes(text(language, 'brand')), `${language}: ${loading.header}`);
    assert.equal(loading.loading, text(language, 'loading'));
    assert.ok(loading.footer.includes(text(language, 'footerPrivacy')), `${language}: ${loading.footer}`);
    assert.doesNotMatch(loading.header.replace(/English/, ''), latin, `${language}: no English in the header`);
    assert.ok(!loading.footer.includes(text('en', 'rememberLanguage')));
    await page.close();
  }
  // Started, in Kazakh: the header is Kazakh, its badge too (no «ИИН»).
  const page = await openPage(context, `${site.origin}/#view=number&lang=kk`);
  await whenReady(page);
  const started = await shell(page);
  assert.match(started.header, new RegExp(`^${text('kk', 'brandMark')}\\s+${text('kk', 'brand')}\\s`), started.header);
  assert.doesNotMatch(started.header, /ИИН/);
  assert.equal(await page.title(), text('kk', 'brand'));
  // The reader switches: the header follows.
  await page.locator('#language').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match((await shell(page)).header, /^IIN\s+IIN Checker\s/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
