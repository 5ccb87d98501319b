// "My documents" in real Chromium: the questionnaire, the checklist, ticking documents, the
// verdict, the link that reproduces the answers, and the printed page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { artifactPath, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { fixedPart, LANGUAGES } from './translations.mjs';

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

async function documentsPage(fragment = '') {
  const page = await openPage(context, `${site.origin}/#view=documents${fragment}`);
  await whenReady(page);
  return page;
}

const itemIds = (page) => page.locator('#items li[data-item]').evaluateAll((nodes) => nodes.map((n) => n.dataset.item));
const verdictText = (page) => page.locator('#documents-verdict').innerText();

test('answering the questions gives the exact checklist for the case', async () => {
  const page = await documentsPage();
  await page.getByLabel('At a Kazakhstan embassy or consulate abroad').check();
  await page.getByLabel('Spouse of a citizen of Kazakhstan').check();
  assert.deepEqual(await itemIds(page), ['application', 'passport', 'marriage_certificate']);
  await page.getByLabel('At a Public Service Center in Kazakhstan').check();
  assert.equal(await page.locator('#category-question').isHidden(), true);
  assert.deepEqual(await itemIds(page), ['application', 'passport']);
  await page.getByLabel('Someone else will apply for me').check();
  assert.deepEqual(await itemIds(page), ['application', 'passport'], 'a first IIN at a PSC is applied for in person');
  assert.match(await page.locator('#items').innerText(), /Notarised translation into Kazakh or Russian/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('ticking documents turns the verdict from missing to ready by the next working day', async () => {
  const page = await documentsPage('&channel=consulate&category=investor&apply=2027-01-08');
  let verdict = await verdictText(page);
  assert.match(verdict, /Not ready yet/);
  assert.match(verdict, /Application form/);
  assert.match(verdict, /Proof of your investment/);
  assert.match(verdict, /package of documents is incomplete/);
  await page.getByLabel('Application form').check();
  await page.getByLabel('Passport').check();
  await page.getByLabel('Recommendation from the Astana International Financial Centre').check();
  verdict = await verdictText(page);
  assert.match(verdict, /Your documents are complete/);
  assert.match(verdict, /Friday, 8 January 2027.*Monday, 11 January 2027/s);
  await page.close();
});

test('an expired passport is named, with the date, as a reason for refusal', async () => {
  const page = await documentsPage('&channel=consulate&category=disability&apply=2027-03-10&have=application,passport,disability_certificate');
  await page.locator('#expiry-passport').fill('2027-03-09');
  const verdict = await verdictText(page);
  assert.match(verdict, /Passport expired on 9 March 2027/);
  assert.match(verdict, /A document has expired/);
  await page.locator('#expiry-passport').fill('2027-03-10');
  assert.match(await verdictText(page), /Your documents are complete/);
  await page.close();
});

test('age rules: a child on the 16th birthday is no longer eligible', async () => {
  const page = await documentsPage('&channel=consulate&category=child&have=application,passport,birth_certificate,parent_kz_identity');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const [y, m, d] = today.split('-');
  await page.locator('#birth-date').fill(`${Number(y) - 16}-${m}-${d === '29' && m === '02' ? '28' : d}`);
  assert.match(await page.locator('#eligibility').innerText(), /Not eligible in this category/);
  assert.match(await verdictText(page), /do not meet the conditions/);
  await page.close();
});

test('the link reproduces the answers, the ticks and the dates', async () => {
  const page = await documentsPage();
  await page.getByLabel('At a Kazakhstan embassy or consulate abroad').check();
  await page.getByLabel('Accepting an inheritance').check();
  await page.getByLabel('Will', { exact: true }).check();
  await page.getByLabel('Passport').check();
  await page.locator('#expiry-passport').fill('2030-05-01');
  await page.locator('#apply-on').fill('2027-02-03');
  const link = page.url();
  assert.match(link, /#.*channel=consulate/);
  assert.doesNotMatch(link.split('#')[0], /consulate|inheritance|will/);  // nothing before the fragment
  const copy = await openPage(context, link);
  await whenReady(copy);
  assert.equal(await copy.getByLabel('Accepting an inheritance').isChecked(), true);
  assert.equal(await copy.getByLabel('Will', { exact: true }).isChecked(), true);
  assert.equal(await copy.getByLabel('Passport').isChecked(), true);
  assert.equal(await copy.locator('#expiry-passport').inputValue(), '2030-05-01');
  assert.equal(await copy.locator('#apply-on').inputValue(), '2027-02-03');
  assert.equal(await verdictText(copy), await verdictText(page));
  await page.close();
  await copy.close();
});

test('the print stylesheet gives a clean checklist of at most two pages with its sources and date', async () => {
  const page = await documentsPage('&channel=consulate&category=spouse&have=passport');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.masthead', '#questions', '.actions', '.footer']) {
    assert.equal(await page.locator(hidden).evaluate((node) => getComputedStyle(node).display), 'none', hidden);
  }
  assert.equal(await page.locator('#print-summary').isVisible(), true);
  assert.match(await page.locator('#print-summary').innerText(), /Spouse of a citizen/);
  assert.equal(await page.locator('#checklist-sources').isVisible(), true);
  assert.match(await page.locator('#checklist-as-of').innerText(), /Rules as of/);
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(artifactPath('checklist-print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages <= 2, `${pages} pages`);  // the 2026 rules cite more sources, each with its notes
  await page.close();
});

test('the questions, the checklist and the verdict in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await documentsPage(`&lang=${language}&channel=psc&rep=1`);
    assert.ok((await page.locator('#documents-heading').innerText()) === (await import('./translations.mjs')).strings(language).documentsHeading);
    const verdict = await verdictText(page);
    assert.ok(verdict.includes(fixedPart(language, 'notReady')), language);
    const items = await page.locator('#items').innerText();
    if (language !== 'en') assert.match(items, /[а-яәғқңөұүһі]{4}/i, language);
    await page.close();
  }
});
