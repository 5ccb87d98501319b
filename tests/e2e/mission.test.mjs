// A mission profile in real Chromium: the demo mission page (web/demo/mission.html with
// example-mission.json) shows "Your mission" with the checklist for its channel in every language,
// axe-clean; the print-out carries it and stays one page for every case; the calendar file's
// events take its address as their LOCATION (read with ical.js); a hostile profile is said in
// "My documents", which goes on with the national rules, and "Check a number" is untouched.
// The clock is pinned to Monday 4 January 2027 (tests/e2e/documents-page.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { axeViolations, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { NOW, takeAwayReady, withoutPrintDialog } from './documents-page.mjs';
import { readPdf } from './pdf.mjs';
import { LANGUAGES, strings, text } from './translations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const profile = JSON.parse(readFileSync(path.join(root, 'web/demo/example-mission.json'), 'utf8'));

let site;
let context;
before(async () => {
  site = await startSite();
  context = await launchBrowser({ acceptDownloads: true });
});
after(async () => {
  await context?.close();
  await site?.close();
});

const oneLine = (pdfText) => pdfText.replace(/\s+/g, ' ');

/** The demo mission page in `language`, on the pinned day, with `fragment` as its answers. */
async function missionPage(language, fragment = '', { width = 1280 } = {}) {
  const page = await openPage(context, undefined, { now: NOW });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.origin}/demo/mission.html#view=documents${fragment}`);
  await whenReady(page);
  const element = page.locator('#mission');
  await page.evaluate((lang) => {
    document.getElementById('mission').lang = lang;
  }, language);
  await element
    .locator('#documents-heading')
    .filter({ hasText: text(language, 'documentsHeading') })
    .waitFor();
  return { page, element };
}

test('"Your mission" shows the profile with the checklist for its channel, in every language, axe-clean', async () => {
  for (const language of LANGUAGES) {
    const { page, element } = await missionPage(language, '&category=spouse');
    const card = element.locator('#mission-card');
    await card.waitFor();
    assert.equal(await card.locator('.mission__name').innerText(), profile.name[language]);
    assert.equal(await card.locator('h3').innerText(), text(language, 'missionHeading'));
    const status = await card.locator('.mission__status');
    assert.equal(await status.getAttribute('data-status'), 'in_force');
    assert.match(
      await status.innerText(),
      {
        en: /confirmed on 20 November 2026 that it accepts applications/,
        ru: /20 ноября 2026 года подтверждено, что заявления принимаются/,
        kk: /2026 жылғы 20 қараша күні өтініштерді қабылдайтынын растады/,
      }[language],
    );
    const details = await card.locator('.mission__details').innerText();
    for (const part of [profile.address, profile.hours[language], profile.phone, text(language, 'missionAddress')]) {
      assert.ok(details.includes(part), `${language}: ${part}`);
    }
    assert.equal(
      await card.locator('a[href="https://example.org/appointments"]').getAttribute('rel'),
      'noopener noreferrer',
    );
    assert.equal(await card.locator('a[href^="tel:"]').getAttribute('href'), 'tel:+12025550143');
    assert.ok(details.includes(profile.closedDays[1].name[language]), `${language}: the next closed day`);
    assert.ok(
      !details.includes(profile.closedDays[0].name[language]),
      `${language}: a closed day already past is not listed`,
    );
    assert.equal(
      await card.locator('.mission__notes').innerText(),
      `${text(language, 'missionNotes')}: ${profile.notes[language]}`,
    );
    // The mission's extra category is a choice of its channel.
    assert.equal(await element.locator('#category-diplomatic_staff').count(), 1);
    assert.deepEqual(await axeViolations(page, { wcag22: true }), [], language);
    // Another channel: the card is not the PSC's.
    await element.locator('#channel-psc').check();
    await card.waitFor({ state: 'hidden' });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test("on a phone the mission's details stack, label above value, each as wide as the card", async () => {
  for (const language of LANGUAGES) {
    const { page, element } = await missionPage(language, '&category=spouse', { width: 360 });
    const card = element.locator('#mission-card');
    await card.waitFor();
    const width = (await card.boundingBox()).width;
    const values = await card
      .locator('.mission__details dd')
      .evaluateAll((nodes) =>
        nodes.map((node) => ({ text: node.textContent, width: node.getBoundingClientRect().width })),
      );
    assert.ok(values.length >= 3, language);
    for (const value of values) {
      assert.ok(value.width > width * 0.7, `${language}: "${value.text}" has ${value.width} px of a ${width} px card`);
    }
    await page.close();
  }
});

test('the mission\'s closed day pushes "ready by" on the page', async () => {
  const { page, element } = await missionPage('en', '&category=senior&birth=1950-01-01');
  for (const box of await element.locator('#items input[type="checkbox"]').all()) await box.check();
  const verdict = await element.locator('#documents-verdict').innerText();
  // Applying on Monday 4 January 2027, a day off (New Year): the mission opens again on Wednesday 6
  // January, after its Founders' Day; one working day later is Friday 8 January (7 January is
  // Orthodox Christmas).
  assert.match(verdict, /closed on 4 January 2027.*next working day is 6 January 2027/s, verdict);
  assert.match(verdict, /5 January: the mission is closed \(Founders' Day in Exampleland\)/, verdict);
  assert.match(verdict, /ready on Friday, 8 January 2027/, verdict);
  const [withoutClosedDays, national] = await page.evaluate(async () => {
    const { createChecker } = await import('../iin-checker.js');
    const profile = await (await fetch('./example-mission.json')).json();
    delete profile.closedDays;
    const answers = { channel: 'consulate', category: 'senior', birthDate: '1950-01-01', lang: 'en' };
    const ready = (checker) => {
      const have = checker.checklist(answers).items.flatMap(function ids(item) {
        return (item.oneOf ?? item.allOf) ? (item.oneOf ?? item.allOf).flatMap(ids) : [item.id];
      });
      const { readyBy, readyByReason } = checker.assess({ ...answers, have });
      return readyBy ?? readyByReason;
    };
    return [ready(await createChecker({ profile })), ready(await createChecker())];
  });
  assert.equal(withoutClosedDays, '2027-01-06', 'without its closed days, counted from Tuesday');
  assert.equal(national, 'route_unconfirmed', 'without the profile, no day at all');
  await page.close();
});

test('the print-out carries the mission and stays one A4 or Letter page for every case of its channel, in every language', async () => {
  for (const language of LANGUAGES) {
    const { page, element } = await missionPage(language, '&birth=1990-06-15&apply=2027-01-08');
    await withoutPrintDialog(page);
    const categories = await element
      .locator('input[name="category"]')
      .evaluateAll((inputs) => inputs.map((input) => input.value));
    assert.ok(categories.includes('diplomatic_staff'));
    for (const category of categories) {
      await element.locator(`#category-${category}`).check();
      await takeAwayReady(page, element);
      for (const format of ['A4', 'Letter']) {
        await element.locator('#print').click(); // on a host page, each print marks the element again
        const { pages, text: pdfText } = await readPdf(await page.pdf({ format }));
        assert.equal(pages, 1, `${language} ${category} on ${format}`);
        const all = oneLine(pdfText);
        for (const part of [profile.name[language], profile.address, profile.phone]) {
          assert.ok(all.includes(part), `${language} ${category}: "${part}" printed`);
        }
      }
    }
    await page.close();
  }
});

test("the calendar file's events take the mission's address as their location", async () => {
  for (const language of LANGUAGES) {
    const { page, element } = await missionPage(language, '&category=spouse&apply=2027-01-08');
    await takeAwayReady(page, element);
    const [download] = await Promise.all([page.waitForEvent('download'), element.locator('#add-to-calendar').click()]);
    const ics = await readFile(await download.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const locations = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('location'));
    assert.ok(locations.length >= 1);
    for (const location of locations) assert.equal(location, profile.address, language);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    await page.close();
  }
});

test('a mission that does not accept applications now: its word closes the route, said first and in the verdict, in every language', async () => {
  const closed = { ...structuredClone(profile), accepting: false };
  site.overrides.set('/demo/example-mission.json', Buffer.from(JSON.stringify(closed)));
  try {
    for (const language of LANGUAGES) {
      const { page, element } = await missionPage(language, '&category=spouse');
      const banner = element.locator('.status-banner');
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'not_accepting');
      const said = await banner.innerText();
      assert.ok(said.includes(text(language, 'statusHeading_not_accepting')), `${language}: ${said}`);
      assert.ok(said.includes(profile.name[language]), `${language}: the mission is named: ${said}`);
      assert.equal(
        await element.locator('#mission-card .mission__status').getAttribute('data-status'),
        'not_accepting',
      );
      // Holding every document does not make the package acceptable at a mission that takes none.
      for (const box of await element.locator('#items input[type="checkbox"]').all()) await box.check();
      const verdict = element.locator('#documents-verdict');
      await verdict.filter({ hasText: text(language, 'notReady') }).waitFor();
      assert.equal((await verdict.locator('.grounds li').count()) > 0, true, `${language}: a ground is given`);
      // The print-out's answers say it too, with the day the mission said so.
      await takeAwayReady(page, element);
      const printed = await element.locator('#print-answers').textContent();
      const [before, after] = strings(language).printStatus_not_accepting.split('{date}');
      assert.match(printed, new RegExp(`⚠ ${before}\\S.*${after}`), `${language}: ${printed}`);
      assert.deepEqual(await axeViolations(page), [], language);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  } finally {
    site.overrides.clear();
  }
});

test('a hostile profile is said in "My documents", which goes on with the national rules; "Check a number" works', async () => {
  const hostile = structuredClone(profile);
  hostile.appointment = 'javascript:alert(1)';
  hostile.name.en = '<img src=x onerror=alert(1)>';
  site.overrides.set('/demo/example-mission.json', Buffer.from(JSON.stringify(hostile)));
  try {
    for (const language of LANGUAGES) {
      const page = await openPage(context, undefined, { now: NOW });
      const errors = [];
      await page.exposeFunction('heardError', (code) => errors.push(code));
      await page.addInitScript(() =>
        document.addEventListener('iin-error', (event) => window.heardError(event.detail.code)),
      );
      await page.goto(`${site.origin}/demo/mission.html#view=documents&category=spouse`);
      await whenReady(page);
      const element = page.locator('#mission');
      await page.evaluate((lang) => {
        document.getElementById('mission').lang = lang;
      }, language);
      const alert = element.locator('.profile-problem');
      await alert
        .filter({
          hasText: text(language, 'profileInvalid', {
            url: `${site.origin}/demo/example-mission.json`,
            path: '/appointment',
          }),
        })
        .waitFor();
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.deepEqual(errors, ['profile_invalid']);
      assert.equal(await element.locator('#mission-card').isHidden(), true);
      assert.equal(
        (await element.locator('#items li').count()) > 0,
        true,
        'the checklist is there, by the national rules',
      );
      assert.equal(await page.locator('img').count(), 0);
      assert.deepEqual(await axeViolations(page), [], language);
      // The same element, turned to "Check a number", checks numbers.
      await page.evaluate(() => {
        document.getElementById('mission').view = 'number';
      });
      await element.locator('#number').fill('901123300258');
      await element
        .locator('#number-verdict')
        .filter({ hasText: text(language, 'verdictValidIin') })
        .waitFor();
      assert.deepEqual(page.problems, []);
      await page.close();
    }
    // A profile that is not there: profile_unavailable, the same way.
    site.overrides.clear();
    const page = await openPage(context, undefined, { now: NOW });
    await page.goto(`${site.origin}/demo/mission.html#view=documents`);
    await whenReady(page);
    await page.evaluate(() => {
      document.getElementById('mission').profileUrl = 'no-such-profile.json';
    });
    await page
      .locator('#mission')
      .locator('.profile-problem')
      .filter({ hasText: text('en', 'profileUnavailable', { url: `${site.origin}/demo/no-such-profile.json` }) })
      .waitFor();
    await page.close();
  } finally {
    site.overrides.clear();
  }
});
