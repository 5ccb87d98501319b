// "What changed since your link" in real Chromium: a link made with the 2026-11-25 edition of the
// rules shows, above the checklist, what changed for its case; a link of the current edition, or
// one without an edition, shows nothing; an edition the rules do not know is said in the notice at
// the top. The link keeps its edition until the person changes an answer.
// The clock is pinned to Monday 4 January 2027 (documents-page.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, launchBrowser, startSite } from './browser.mjs';
import { documentsPage } from './documents-page.mjs';
import { fixedPart, LANGUAGES, text } from './translations.mjs';

const rules = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'), 'utf8'),
);
const PREVIOUS = '2026-11-25';
const CYRILLIC = /[а-яёәғқңөұүһі]{4}/i;

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

const open = (fragment, options) => documentsPage(context, site.origin, fragment, options);
const banner = (page) => page.locator('#changes');
const linkRules = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('rules'));

test('a PSC link made with the previous rules by someone sending a representative: what changed, in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&rules=${PREVIOUS}&channel=psc&rep=1`);
    const shown = banner(page);
    assert.equal(await shown.isVisible(), true, language);
    assert.equal(await shown.getByRole('heading').innerText(), text(language, 'changesHeading'), language);
    // Above the checklist and its verdict.
    assert.equal(
      await shown.evaluate(
        (node) =>
          node.compareDocumentPosition(node.getRootNode().getElementById('items')) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
      4,
    );
    const words = await shown.innerText();
    assert.deepEqual(
      await shown.locator('[data-removed]').evaluateAll((nodes) => nodes.map((n) => n.dataset.removed)),
      ['power_of_attorney'],
      language,
    );
    assert.equal(await shown.locator('[data-added]').count(), 0, language);
    for (const key of ['changesRemoved', 'changesWho', 'changesTerm', 'changesSources']) {
      assert.ok(words.includes(fixedPart(language, key)), `${language}: ${key}`);
    }
    assert.ok(!words.includes(fixedPart(language, 'changesStatus')), `${language}: the PSC's status did not change`);
    assert.match(words, language === 'en' ? /Power of attorney/ : CYRILLIC, language);
    // The link keeps its edition until the person acts (a reload says all this again), then
    // names the rules in use; the banner stays while the person reads on.
    assert.equal(await linkRules(page), PREVIOUS, language);
    await page.getByLabel(text(language, 'qRepresentative')).uncheck();
    assert.equal(await linkRules(page), rules.version, language);
    assert.equal(await shown.isVisible(), true, `${language}: the PSC's person and term changed for everyone`);
    assert.equal(
      await shown.locator('[data-removed]').count(),
      0,
      `${language}: the power of attorney was only a representative's`,
    );
    assert.deepEqual(await axeViolations(page), [], language);
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('a consulate link made with the previous rules: the pilot was in force then, and is unconfirmed now', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&rules=${PREVIOUS}&channel=consulate&category=spouse`);
    const words = await banner(page).innerText();
    assert.ok(words.includes(fixedPart(language, 'changesStatus')), language);
    assert.equal(await banner(page).locator('[data-removed], [data-added]').count(), 0, language);
    await page.close();
  }
});

test('a link of the current rules, and a link without an edition (made before links carried one), show nothing', async () => {
  for (const fragment of [`&rules=${rules.version}&channel=psc&rep=1`, '&channel=psc&rep=1']) {
    const page = await open(fragment);
    assert.equal(await page.locator('#items').isVisible(), true, fragment);
    assert.equal(await banner(page).isHidden(), true, fragment);
    assert.equal(await linkRules(page), rules.version, `${fragment}: the link now names the rules in use`);
    await page.close();
  }
});

test("an edition the rules do not know is said at the top, without details and without the link's text, and the checklist works", async () => {
  // The same checklist as a link of the current rules shows.
  const current = await open('&lang=en&channel=psc');
  const items = await current.locator('#items li').count();
  assert.ok(items > 0);
  await current.close();
  for (const language of LANGUAGES) {
    for (const version of ['2031-01-01', 'PAY%20FEE%20AT%20%2B7%20700%20000%2000%2000%20NOW']) {
      const page = await open(`&lang=${language}&rules=${version}&channel=psc`);
      const notice = page.locator('#link-notice [data-edition="unknown"]');
      assert.equal(await notice.isVisible(), true, language);
      const words = await notice.innerText();
      assert.ok(words.includes(fixedPart(language, 'linkRulesUnknown')), `${language}: ${words}`);
      assert.ok(
        !words.includes(decodeURIComponent(version).slice(0, 8)),
        `${language}: the link's text is not repeated (N7)`,
      );
      assert.equal(await banner(page).isHidden(), true, `${language}: no details`);
      assert.equal(
        await linkRules(page),
        decodeURIComponent(version),
        `${language}: the link keeps it until the person acts`,
      );
      assert.equal(await page.locator('#items li').count(), items, language);
      assert.deepEqual(await axeViolations(page), [], language);
      assert.deepEqual(page.problems, [], language);
      await page.close();
    }
  }
});
