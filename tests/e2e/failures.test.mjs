// When something fails, each cause has its own code and its own words: a host page embeds the
// element, and one thing goes wrong at a time (a policy, a file, a module, the rules, a profile).
// The reader sees plain words in their language, never an address or a JSON pointer; the host's
// developer gets the details in iin-error and the console. Wherever the number module itself can
// run, "Check a number" keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { checkTwoLines, launchBrowser, openPage, startSite } from './browser.mjs';
import { text } from './translations.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let site;
let context;
before(async () => {
  site = await startSite();
  // No service worker: its kept copies would get past the routes that stand in for a failing server.
  context = await launchBrowser({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
  await site?.close();
});

function recordErrors() {
  window.iinErrors = [];
  window.consoleLines = [];
  document.addEventListener('iin-error', (event) =>
    window.iinErrors.push({ code: event.detail.code, message: event.detail.message }),
  );
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      window.consoleLines.push(`${level}: ${args.join(' ')}`);
      original.apply(console, args);
    };
  }
}

/**
 * A host page at `path` with `body`, under `csp`; `routes` stand in for a failing server, `init`
 * runs before the page's scripts.
 */
async function hostPage(path, body, { csp = STRICT, routes = {}, init } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <link rel="icon" href="/page/icon.svg"><script type="module" src="/iin-checker-element.js"></script></head>
    <body>${body}</body></html>`;
  const page = await openPage(context);
  await page.addInitScript(recordErrors);
  if (init) await page.addInitScript(init);
  await page.route(`${site.origin}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html, headers: { 'Content-Security-Policy': csp } }),
  );
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(`${site.origin}${path}`);
  return page;
}

const damaged = async (route) => {
  const response = await route.fetch();
  const bytes = Buffer.from(await response.body());
  bytes[bytes.length - 10] ^= 0xff; // one damaged byte
  await route.fulfill({ response, body: bytes });
};
const notFound = (route) =>
  route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><h1>Not found</h1>' });

// What the reader sees never holds an address, a file name or a JSON pointer.
function assertPlain(words) {
  assert.doesNotMatch(words, /https?:|\.wasm|\.json|\/[a-z]/i, words);
}

async function numberStillWorks(page, element = 'iin-checker', lang = 'en') {
  await page.locator(`${element} #number`).fill('901123300258');
  await page.locator(`${element} #number-verdict`).getByText(text(lang, 'verdictValidIin')).waitFor();
}

// The number module itself cannot start: the element shows one message, in the reader's language.
for (const { code, lang, csp, routes, init, named } of [
  {
    code: 'wasm_blocked',
    lang: 'ru',
    csp: "default-src 'self'; script-src 'self'; style-src 'self'",
    named: "'wasm-unsafe-eval'",
  },
  {
    code: 'file_missing',
    lang: 'kk',
    routes: { '**/iin-checker-core.wasm': notFound },
    named: 'iin-checker-core.wasm',
  },
  {
    code: 'hash_mismatch',
    lang: 'en',
    routes: { '**/iin-checker-core.wasm': damaged },
    named: 'iin-checker-core.wasm',
  },
  {
    code: 'load_failed',
    lang: 'ru',
    routes: { '**/iin-checker-core.wasm': (route) => route.abort() },
    named: 'iin-checker-core.wasm',
  },
  {
    code: 'unsupported',
    lang: 'kk',
    init: () => {
      delete globalThis.WebAssembly;
    },
    named: 'WebAssembly',
  },
]) {
  test(`start-up: ${code} has its own words for the reader and its details for the developer`, async () => {
    const page = await hostPage(`/failing-${code}.html`, `<iin-checker view="number" lang="${lang}"></iin-checker>`, {
      csp,
      routes,
      init,
    });
    const alert = page.locator('iin-checker [role="alert"]');
    await alert.waitFor();
    const words = await alert.innerText();
    assert.equal(words, text(lang, `error_${code}`));
    assertPlain(words);
    const [heard] = await page.evaluate(() => window.iinErrors);
    assert.equal(heard.code, code);
    assert.ok(heard.message.includes(named), `iin-error names ${named}: ${heard.message}`);
    const lines = await page.evaluate(() => window.consoleLines);
    assert.ok(
      lines.some((line) => line.startsWith(`error: <iin-checker> ${code}:`) && line.includes(named)),
      lines.join('\n'),
    );
    assert.ok(!page.problems.some((problem) => problem.startsWith('exception:')), page.problems.join('\n'));
    await page.close();
  });
}

// Something else fails: "Check a number" is untouched, "My documents" says what it means for the reader.
for (const { code, words, routes, attributes = '', named } of [
  {
    code: 'file_missing',
    words: 'error_file_missing',
    routes: { '**/iin-checklist-core.wasm': notFound },
    named: 'iin-checklist-core.wasm',
  },
  {
    code: 'hash_mismatch',
    words: 'error_hash_mismatch',
    routes: { '**/iin-checklist-core.wasm': damaged },
    named: 'iin-checklist-core.wasm',
  },
  {
    code: 'rules_unavailable',
    words: 'rulesUnavailable',
    routes: { '**/ruleset.json': notFound },
    named: 'ruleset.json',
  },
  {
    code: 'rules_invalid',
    words: 'rulesInvalid',
    routes: {
      '**/ruleset.json': (route) => route.fulfill({ contentType: 'application/json', body: '{"schema": 2, "x": 1}' }),
    },
    named: '/',
  },
  {
    code: 'rules_invalid',
    words: 'rulesInvalid',
    attributes: 'rules-url="/rules/mine.json"',
    routes: {
      '**/rules/mine.json': (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"schema": 2, "channels": "<img src=x>"}' }),
    },
    named: '/rules/mine.json',
  },
  {
    code: 'profile_invalid',
    words: 'profileInvalid',
    attributes: 'channel="consulate" profile-url="/mission.json"',
    routes: {
      '**/mission.json': (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"schema": 1, "acepting": true}' }),
    },
    named: '/mission.json',
  },
  {
    code: 'profile_unavailable',
    words: 'profileUnavailable',
    attributes: 'channel="consulate" profile-url="/mission.json"',
    routes: { '**/mission.json': notFound },
    named: '/mission.json',
  },
]) {
  test(`"My documents": ${code} (${named}) leaves "Check a number" working`, async () => {
    const page = await hostPage(
      `/documents-${code}.html`,
      `<iin-checker id="documents" view="documents" lang="ru" ${attributes}></iin-checker>
       <iin-checker id="numbers" view="number" lang="ru"></iin-checker>`,
      { routes },
    );
    const notice = page.locator('#documents .notice[role="alert"]');
    await notice.waitFor();
    const shown = await notice.innerText();
    assert.equal(shown, text('ru', words));
    assertPlain(shown);
    await page.waitForFunction(() => window.iinErrors.length > 0);
    const [heard] = await page.evaluate(() => window.iinErrors);
    assert.equal(heard.code, code);
    assert.ok(heard.message.includes(named), `iin-error says where: ${heard.message}`);
    const lines = await page.evaluate(() => window.consoleLines);
    assert.ok(
      lines.some((line) => line.startsWith(`warn: <iin-checker> ${code}:`)),
      lines.join('\n'),
    );
    await numberStillWorks(page, '#numbers', 'ru');
    assert.ok(!page.problems.some((problem) => problem.startsWith('exception:')), page.problems.join('\n'));
    await page.close();
  });
}

test('Trusted Types: a page whose trusted-types list lacks iin-checker hears it once; numbers and lists still work', async () => {
  const page = await hostPage(
    '/trusted-types-blocked.html',
    '<iin-checker id="all" lang="en"></iin-checker><iin-checker id="numbers" view="number"></iin-checker>',
    { csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types myapp` },
  );
  await page.waitForFunction(() => window.iinErrors.length > 0);
  const heard = await page.evaluate(() => window.iinErrors);
  assert.deepEqual(
    heard.map((e) => e.code),
    ['trusted_types_blocked'],
    'one iin-error, from the element that has "Check many"',
  );
  const lines = await page.evaluate(() => window.consoleLines);
  assert.ok(
    lines.some(
      (line) =>
        line.startsWith('warn: <iin-checker> trusted_types_blocked:') && line.includes('trusted-types iin-checker'),
    ),
    lines.join('\n'),
  );
  await numberStillWorks(page, '#numbers');
  await numberStillWorks(page, '#all');
  await checkTwoLines(page.locator('#all'));
  // The only violation is the policy the page does not allow: no worker was attempted.
  assert.deepEqual(
    page.problems.filter((problem) => problem.includes('CSP violation')),
    ['console: CSP violation: trusted-types trusted-types-policy'],
  );
  await page.close();
});

test('Trusted Types: with iin-checker allowed, "Check many" runs in its worker with no violation', async () => {
  const requests = [];
  const page = await hostPage('/trusted-types.html', '<iin-checker lang="en"></iin-checker>', {
    csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types iin-checker`,
  });
  page.on('request', (request) => requests.push(request.url()));
  await numberStillWorks(page);
  await checkTwoLines(page);
  assert.ok(
    requests.some((url) => url.endsWith('/element/many-worker.js')),
    '"Check many" ran in its worker',
  );
  assert.deepEqual(await page.evaluate(() => window.iinErrors), []);
  assert.deepEqual(page.problems, []); // a Trusted Types violation is a CSP violation
  await page.close();
});

test('a profile-url set while "My documents" is still being set up throws nothing (N3)', async () => {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  let asked;
  const requested = new Promise((resolve) => {
    asked = resolve;
  });
  const page = await hostPage(
    '/while-loading.html',
    '<iin-checker view="documents" channel="consulate"></iin-checker>',
    {
      routes: {
        // The view's code is held back: the engine is there, the view not yet.
        '**/element/documents-view.js': async (route) => {
          asked();
          await held;
          await route.continue();
        },
        '**/mission.json': (route) => route.fulfill({ contentType: 'application/json', body: '{"schema": 1}' }),
      },
    },
  );
  await requested;
  await page.evaluate(() => document.querySelector('iin-checker').setAttribute('profile-url', '/mission.json'));
  // The new engine is in (its profile refused: iin-error) before the view's code arrives.
  await page.waitForFunction(() => window.iinErrors.some((e) => e.code === 'profile_invalid'));
  release();
  await page.locator('iin-checker #channel-choices input').first().waitFor();
  assert.equal(await page.locator('iin-checker .profile-problem').innerText(), text('en', 'profileInvalid'));
  assert.deepEqual(
    page.problems.filter((problem) => problem.startsWith('exception:')),
    [],
  );
  await page.close();
});

test('a form of the element never submits itself to the host page, even in a view not yet shown (N4)', async () => {
  const page = await hostPage('/no-submit.html', '<iin-checker lang="en"></iin-checker>', {
    csp: `${STRICT}; form-action 'none'`,
  });
  await numberStillWorks(page);
  await page.evaluate(() => {
    window.stillHere = true;
    document.querySelector('iin-checker').shadowRoot.getElementById('many-run').click(); // the hidden view's
  });
  await numberStillWorks(page); // a round trip: a submission would have happened by now
  assert.equal(await page.evaluate(() => window.stillHere), true, 'the host page was not left');
  assert.equal(new URL(page.url()).pathname, '/no-submit.html');
  assert.deepEqual(page.problems, [], 'no form-action violation');
  await page.close();
});
