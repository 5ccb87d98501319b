// "My documents" in real Chromium: the questionnaire, the checklist, ticking documents, the
// verdict, the link that reproduces the answers, every text said once, in every language. The
// clock is pinned to Monday 4 January 2027 (documents-page.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { allCases, documentsPage, NOW } from './documents-page.mjs';
import { fixedPart, LANGUAGES, strings } from './translations.mjs';

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
const itemIds = (page) => page.locator('#items li[data-item]').evaluateAll((nodes) => nodes.map((n) => n.dataset.item));
const verdictText = (page) => page.locator('#documents-verdict').innerText();

test('answering the questions gives the checklist for the case', async () => {
  const page = await open();
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

test('ticking documents turns the verdict from the plan to what is missing to complete', async () => {
  // On a route in force: the day first, what is missing once a box is ticked, then ready by the day.
  let page = await open('&channel=psc&q.passportScript=latin&apply=2027-01-08');
  let verdict = await verdictText(page);
  assert.match(verdict, /Before you go/);
  assert.match(verdict, /everything on Friday, 8 January 2027.*ready on Monday, 11 January 2027/s);
  assert.doesNotMatch(verdict, /Not ready yet|incomplete/);
  await page.getByLabel('Application form').check();
  verdict = await verdictText(page);
  assert.match(verdict, /Not ready yet/);
  assert.match(verdict, /Passport/);
  assert.match(verdict, /package of documents is incomplete/);
  await page.getByLabel('Passport').check();
  verdict = await verdictText(page);
  assert.match(verdict, /Your documents are complete/);
  assert.match(verdict, /apply on Friday, 8 January 2027.*ready on Monday, 11 January 2027/s);
  await page.close();

  // On a route nobody confirms: no day at all, and the papers only match its list.
  page = await open('&channel=consulate&category=investor&apply=2027-01-08');
  assert.doesNotMatch(await verdictText(page), /Not ready yet|2027/);
  await page.getByLabel('Application form').check();
  verdict = await verdictText(page);
  assert.match(verdict, /Not ready yet/);
  assert.match(verdict, /Proof of your investment/);
  assert.match(verdict, /package of documents is incomplete/);
  await page.getByLabel('Passport').check();
  await page.getByLabel('Recommendation from the Astana International Financial Centre').check();
  verdict = await verdictText(page);
  assert.match(verdict, /Your papers match the list/);
  assert.match(verdict, /Public Service Center/);
  assert.doesNotMatch(verdict, /Your documents are complete|ready on/);
  await page.close();
});

test('an expired passport is named, with the date, as a reason for refusal', async () => {
  const page = await open(
    '&channel=consulate&category=disability&apply=2027-03-10&have=application,passport,disability_certificate',
  );
  await page.locator('#expiry-passport').fill('2027-03-09');
  const verdict = await verdictText(page);
  assert.match(verdict, /Passport expired on 9 March 2027/);
  assert.match(verdict, /A document has expired/);
  await page.locator('#expiry-passport').fill('2027-03-10');
  assert.match(await verdictText(page), /Your papers match the list/); // valid through its day; the route is unconfirmed
  await page.close();
});

test('age rules on the pinned day: a child on the 16th birthday is no longer eligible, the day before it is', async () => {
  const page = await open(
    '&channel=consulate&category=child&have=application,passport,birth_certificate,parent_kz_identity',
  );
  await page.locator('#birth-date').fill('2011-01-05'); // 16 tomorrow
  assert.doesNotMatch(await page.locator('#eligibility').innerText(), /Not eligible in this category/);
  assert.match(await verdictText(page), /Your papers match the list/);
  await page.locator('#birth-date').fill('2011-01-04'); // 16 today
  assert.match(await page.locator('#eligibility').innerText(), /Not eligible in this category/);
  assert.match(await verdictText(page), /do not meet the conditions/);
  await page.close();
});

test('the link reproduces the answers, the ticks and the dates', async () => {
  const page = await open();
  await page.getByLabel('At a Kazakhstan embassy or consulate abroad').check();
  await page.getByLabel('Accepting an inheritance').check();
  await page.getByLabel('Will', { exact: true }).check();
  await page.getByLabel('Passport').check();
  await page.locator('#expiry-passport').fill('2030-05-01');
  await page.locator('#apply-on').fill('2027-02-03');
  const link = page.url();
  assert.match(link, /#.*channel=consulate/);
  assert.doesNotMatch(link.split('#')[0], /consulate|inheritance|will/); // nothing before the fragment
  const copy = await openPage(context, link, { now: NOW });
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

// The sentences a person reads in the view, without the short citations, tags, the status of a
// choice and the date each source was read (attributes of an item, not texts): one said twice
// is a defect (refusal grounds under two headings, who may hand it in, the term's note). The
// documents and grounds the verdict names for this case are, by design, in the lists too.
function repeatedTexts(page) {
  return page.locator('#view-documents').evaluate((view) => {
    const sentencesIn = (root, skip) =>
      [...root.querySelectorAll('p, li, h3, h4, legend, dt, dd')]
        .filter((node) => node.checkVisibility() && !node.querySelector('p, li') && !node.closest(skip))
        .flatMap((node) => {
          const copy = node.cloneNode(true);
          for (const aside of copy.querySelectorAll(
            '.cite, .stages, .tag, .source__read, .choice__status, .visually-hidden',
          ))
            aside.remove();
          return copy.textContent.trim().split(/(?<=[.!?])\s+/);
        })
        .filter((sentence) => sentence.length > 25);
    const sentences = sentencesIn(view, '#verdict-bar, #documents-verdict ul');
    return sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index);
  });
}

test('no text is said twice, in any case, before and after every document is ticked, in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&apply=2027-01-08`);
    for (const [channel, category] of await allCases(page)) {
      await page.locator(`#channel-${channel}`).check();
      if (category) await page.locator(`#category-${category}`).check();
      for (const representative of [false, true]) {
        await page.locator('#representative').setChecked(representative);
        const label = `${language} ${channel}/${category} representative=${representative}`;
        assert.deepEqual(await repeatedTexts(page), [], label);
        for (const box of await page.locator('#items input[type="checkbox"]').all()) await box.check();
        assert.deepEqual(await repeatedTexts(page), [], `${label}, all ticked`);
        for (const box of await page.locator('#items input[type="checkbox"]').all()) await box.uncheck();
      }
    }
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('a refusal ground the rules give at both stages is listed once, with both stages', async () => {
  const page = await open('&channel=consulate&category=spouse');
  const ground = page.locator('#refusal-grounds li[data-ground="incomplete_package"]');
  assert.equal(await ground.count(), 1);
  assert.match(await ground.innerText(), /Documents not accepted · IIN not formed/);
  await page.close();
});

test('the questions, the checklist and the verdict in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=psc&rep=1`);
    assert.equal(await page.locator('#documents-heading').innerText(), strings(language).documentsHeading);
    assert.ok((await verdictText(page)).includes(fixedPart(language, 'notReady')), language);
    const items = await page.locator('#items').innerText();
    if (language !== 'en') assert.match(items, /[а-яәғқңөұүһі]{4}/i, language);
    await page.close();
  }
});
