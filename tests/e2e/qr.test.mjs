// The checklist's link as a QR code made on the device: read back from a screenshot with jsQR, it
// is the link shown beside it, which holds the answers in its fragment and nothing else, and
// which opens the same checklist. In every language, on a phone and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser, openPage, recordRequests, startSite, whenReady } from './browser.mjs';
import { documentsPage, NOW, takeAwayReady, WIDTHS } from './documents-page.mjs';
import { decodeQr, pngPixels } from './pdf.mjs';
import { LANGUAGES, text } from './translations.mjs';

// The link names the edition of the rules it was made with (see changes.test.mjs).
const RULES_VERSION = JSON.parse(
  readFileSync(new URL('../../wasm/rules/ruleset.json', import.meta.url), 'utf8'),
).version;

let site;
let context;
let requests;
before(async () => {
  site = await startSite();
  context = await launchBrowser();
  requests = recordRequests(context);
});
after(async () => {
  await context?.close();
  await site?.close();
});

const ANSWER_KEYS = [
  'view',
  'lang',
  'rules',
  'channel',
  'category',
  'birth',
  'rep',
  'apply',
  'have',
  'expires.passport',
];
const screenQr = async (page) => decodeQr(pngPixels(await page.locator('#qr-screen svg').screenshot()));

test('the QR code on screen is the link to the answers, named as such, in every language, on a phone and a desktop', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await documentsPage(
        context,
        site.origin,
        `&lang=${language}&channel=consulate&category=inheritance&have=passport,will&expires.passport=2030-05-01&apply=2027-01-08`,
        { width },
      );
      const image = page.getByRole('img', { name: text(language, 'qrLabel') });
      assert.equal(await image.count(), 1, label);
      const link = await page.locator('#link-text').innerText();
      assert.equal(await screenQr(page), link, label);

      const url = new URL(link);
      assert.equal(`${url.origin}${url.pathname}`, `${site.origin}/`, label);
      assert.equal(url.search, '', `${label}: nothing but the fragment`);
      const answers = Object.fromEntries(new URLSearchParams(url.hash.slice(1)));
      assert.deepEqual(
        Object.keys(answers).filter((key) => !ANSWER_KEYS.includes(key)),
        [],
        label,
      );
      assert.deepEqual(
        answers,
        {
          view: 'documents',
          lang: language,
          rules: RULES_VERSION,
          channel: 'consulate',
          category: 'inheritance',
          apply: '2027-01-08',
          have: 'passport,will',
          'expires.passport': '2030-05-01',
        },
        label,
      );

      // Ticking a box changes the link, and the QR code follows.
      await page.locator('#have-application').check();
      await page
        .locator('#link-text')
        .getByText(/have=passport%2Cwill%2Capplication|have=passport,will,application/)
        .waitFor();
      const changed = await page.locator('#link-text').innerText();
      assert.equal(await screenQr(page), changed, label);

      // The link opens the same checklist.
      const opened = await openPage(context, changed, { now: NOW });
      await whenReady(opened);
      for (const id of ['application', 'passport', 'will'])
        assert.equal(await opened.locator(`#have-${id}`).isChecked(), true, `${label} ${id}`);
      assert.equal(
        await opened.locator('#documents-verdict').innerText(),
        await page.locator('#documents-verdict').innerText(),
        label,
      );
      assert.deepEqual([...page.problems, ...opened.problems], [], label);
      await opened.close();
      await page.close();
    }
  }
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(site.origin)),
    [],
    'made on the device: no other origin asked',
  );
});

test('an element that keeps its answers to itself shows no link or QR code, and still offers calendar and print', async () => {
  const page = await openPage(context, `${site.origin}/demo/`, { now: NOW });
  await whenReady(page);
  const documents = page.locator('#documents');
  await takeAwayReady(page, documents);
  assert.equal(await documents.getByRole('img', { name: text('kk', 'qrLabel') }).count(), 0);
  assert.equal(await documents.locator('#share').isHidden(), true);
  assert.equal(await documents.locator('#add-to-calendar').isVisible(), true);
  assert.equal(await documents.locator('#print').isVisible(), true);
  await page.close();
});
