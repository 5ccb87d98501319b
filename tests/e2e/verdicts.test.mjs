// Verdicts never surer than the sources, and one engine call per change (issues 16 and 18), in real
// Chromium on the pinned Monday 4 January 2027 (documents-page.mjs): the wording of an unconfirmed
// route in three languages with the PSC as the fallback; the ready-by day before anything is
// ticked; an old link's notice after a reload; the engine's calls counted per change of each field
// of "My documents"; sync-url set after start; a removed element lets go of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, whenReady } from './browser.mjs';
import { documentsSuite, NOW } from './documents-page.mjs';
import { LANGUAGES, text } from './translations.mjs';

const suite = documentsSuite();
const { open } = suite;

// For page.addInitScript: counts the calls of the checklist engine's exports (window.engineCalls)
// and the checklist events the host hears (window.checklistEvents), by wrapping what
// WebAssembly.instantiate gives the page.
function countEngineCalls() {
  window.engineCalls = {};
  window.checklistEvents = 0;
  document.addEventListener('iin-checklist-change', () => (window.checklistEvents += 1), true);
  const instantiate = WebAssembly.instantiate;
  const wrap = (instance) => {
    if (!('iin_situation' in instance.exports)) return instance;
    const exports = { ...instance.exports };
    for (const [name, value] of Object.entries(instance.exports)) {
      if (typeof value !== 'function' || !name.startsWith('iin_') || name === 'iin_input' || name === 'iin_output_size')
        continue;
      exports[name] = (...args) => {
        window.engineCalls[name] = (window.engineCalls[name] ?? 0) + 1;
        return value(...args);
      };
    }
    return { exports };
  };
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate.apply(WebAssembly, args);
    return result.instance ? { module: result.module, instance: wrap(result.instance) } : wrap(result);
  };
}

const spouse = '&channel=consulate&category=spouse&q.documentsIssuedIn=kazakhstan&q.passportScript=latin';

test('an unconfirmed route with every paper: no "ready", no day, the PSC as the fallback, in three languages', async () => {
  for (const language of LANGUAGES) {
    const page = await open(
      `&lang=${language}${spouse}&have=application,passport,marriage_certificate&apply=2027-01-06`,
    );
    const verdict = page.locator('#documents-verdict');
    assert.equal(await verdict.getAttribute('data-readiness'), 'unconfirmed', language);
    assert.equal(
      await verdict.locator('.verdict__title').innerText(),
      `• ${text(language, 'unconfirmedTitle')}`,
      language,
    );
    const words = await verdict.innerText();
    assert.match(words, /2025/, language);
    assert.equal(await verdict.locator('[data-ready-by]').count(), 0, `${language}: no ready-by day`);
    assert.equal(await verdict.locator('[data-fallback]').count(), 1, language);
    if (language !== 'en') assert.doesNotMatch(words, /[A-Za-z]{4}/, `${language}: no English left: ${words}`);
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('the ready-by day comes first: before any box is ticked, no refusal, the day if everything is brought', async () => {
  const page = await open('&channel=psc&apply=2027-01-08');
  const verdict = page.locator('#documents-verdict');
  assert.equal(await verdict.getAttribute('data-readiness'), 'plan');
  assert.equal(await verdict.locator('[data-ready-by]').getAttribute('data-ready-by'), '2027-01-11');
  assert.match(
    await verdict.innerText(),
    /If you bring everything on Friday, 8 January 2027, your IIN should be ready on Monday, 11 January 2027/,
  );
  assert.equal(await verdict.locator('.grounds').count(), 0, 'no refusal before the person says anything');
  // Once a box is ticked, what is missing is said.
  await page.locator('input[data-document="application"]').check();
  assert.equal(await verdict.getAttribute('data-readiness'), 'not_ready');
  assert.equal(await verdict.locator('[data-missing="passport"]').count(), 1);
  await page.close();
});

test("an old link's notice is at the top, in the rules' words, and stays after a reload until the person acts", async () => {
  const page = await open('&channel=psc&rep=1&have=power_of_attorney&rules=2026-11-25');
  const notice = page.locator('#link-notice');
  const check = async (when) => {
    assert.equal(await notice.isVisible(), true, when);
    const words = await notice.innerText();
    assert.doesNotMatch(words, /power_of_attorney|2026-11-25/, `${when}: no raw id, no link text`);
    assert.equal(await notice.locator('#see-changes').count(), 1, `${when}: a way to what changed`);
    assert.match(await page.locator('#changes').innerText(), /Power of attorney/, when);
  };
  await check('opened');
  // The tick the rules no longer have is named by its title, and left out of the link.
  assert.match(await notice.locator('[data-dropped="document"]').innerText(), /Power of attorney/);
  await page.reload();
  await whenReady(page);
  await check('reloaded');
  await notice.locator('#see-changes').click();
  assert.equal(await page.locator('#changes').isVisible(), true);
  // An edition nobody knows is said.
  const unknown = await open('&channel=psc&rules=1999-01');
  assert.match(
    await unknown.locator('#link-notice [data-edition="unknown"]').innerText(),
    /edition of the rules we do not know/,
  );
  // The person acts: the link's edition goes.
  await page.locator('#birth-date').fill('1990-01-01');
  await page.locator('#birth-date').dispatchEvent('change');
  assert.equal(
    await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('rules')),
    await page.evaluate(async () => (await document.querySelector('iin-checker').checker).rules.version),
  );
  await page.close();
  await unknown.close();
});

test('one change of each field of "My documents" asks the engine once and tells the host once', async () => {
  const page = await open(`${spouse}`, { init: countEngineCalls });
  // [the field, the change, the events the host hears]. A channel whose category is still to be
  // chosen has no checklist and so no verdict to send: the event waits for the category.
  const changes = [
    ['birth date', () => page.locator('#birth-date').fill('1990-05-10'), 1],
    ['day of applying', () => page.locator('#apply-on').fill('2027-01-12'), 1],
    ['someone else applies', () => page.locator('#representative').check(), 1],
    ['a question', () => page.locator('input[name="q-documentsIssuedIn"][value="other_country"]').check(), 1],
    ['a document', () => page.locator('input[data-document="application"]').check(), 1],
    ['the category', () => page.locator('#category-child').check(), 1],
    ['the channel', () => page.locator('#channel-psc').check(), 1],
    ['a channel with a category still to choose', () => page.locator('#channel-consulate').check(), 0],
    ['its category', () => page.locator('#category-spouse').check(), 1],
  ];
  for (const [field, change, heard] of changes) {
    await page.evaluate(() => {
      window.engineCalls = {};
      window.checklistEvents = 0;
    });
    await change();
    const calls = await page.evaluate(() => window.engineCalls);
    assert.deepEqual(calls, { iin_situation: 1 }, `${field}: ${JSON.stringify(calls)}`);
    assert.equal(await page.evaluate(() => window.checklistEvents), heard, field);
  }
  await page.close();
});

test('sync-url set after start keeps the answers in the URL; a removed element no longer follows the page', async () => {
  const page = await openPage(suite.context, `${suite.site.origin}/demo/index.html`, { now: NOW });
  await page.addInitScript(countEngineCalls);
  await page.reload();
  await whenReady(page);
  const documents = page.locator('#documents');
  await page.evaluate(() => document.querySelector('#documents').setAttribute('sync-url', ''));
  await documents.locator('#birth-date').fill('1990-05-10');
  assert.match(await page.evaluate(() => location.hash), /birth=1990-05-10/);
  // Removed, it lets go of hashchange: a new fragment asks its engine nothing.
  await page.evaluate(() => {
    window.removed = document.querySelector('#documents');
    window.removed.remove();
    window.engineCalls = {};
  });
  // Listeners run in the order they were added: when this one hears the change, the element's would have run.
  const changeHash = (hash) =>
    page.evaluate(
      (to) =>
        new Promise((heard) => {
          window.addEventListener('hashchange', heard, { once: true });
          location.hash = to;
        }),
      hash,
    );
  await changeHash('#view=documents&channel=psc');
  assert.deepEqual(await page.evaluate(() => window.engineCalls), {});
  // Put back, it listens again.
  await page.evaluate(() => document.body.append(window.removed));
  await changeHash('#view=documents&channel=psc&birth=1991-01-01');
  assert.ok((await page.evaluate(() => window.engineCalls.iin_situation ?? 0)) > 0);
  await page.close();
});
