// "Add to calendar": the downloaded .ics, read with ical.js (a real RFC 5545 parser) and checked
// against the RFC's line rules: the visit on the planned day with the documents to bring and the
// link, and the day the IIN should be ready (on a route nobody confirms, the visit alone). In every
// language, on a phone and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { launchBrowser, startSite } from './browser.mjs';
import { documentsPage, WIDTHS } from './documents-page.mjs';
import { LANGUAGES, text } from './translations.mjs';

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

async function downloadCalendar(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#add-to-calendar').click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

function events(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      stamp: component.getFirstPropertyValue('dtstamp').toString(),
      url: component.getFirstPropertyValue('url'),
    };
  });
}

// RFC 5545 3.1: CRLF line ends and no line longer than 75 octets.
function assertRfcLines(ics, label) {
  assert.ok(ics.endsWith('\r\n'), label);
  for (const line of ics.split('\r\n').slice(0, -1)) {
    assert.ok(!line.includes('\n'), `${label}: a bare line feed`);
    assert.ok(Buffer.byteLength(line) <= 75, `${label}: ${Buffer.byteLength(line)} octets: ${line}`);
  }
}

test('the calendar file holds the visit, with the documents and the link, and the ready-by day, in every language', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await documentsPage(
        context,
        site.origin,
        `&lang=${language}&channel=psc&have=passport&apply=2027-01-08`,
        { width },
      );
      const titles = (await page.locator('#items .item__title').allInnerTexts()).map((title) => title.trim());
      const place = (await page.locator('#channel-psc + label').innerText()).trim();
      const link = await page.locator('#link-text').innerText();
      const { name, text: ics } = await downloadCalendar(page);
      assert.equal(name, 'iin-application.ics');
      assertRfcLines(ics, label);
      const [visit, ready, ...more] = events(ics);
      assert.deepEqual(more, [], label);
      assert.equal(visit.start, '2027-01-08', label);
      assert.equal(visit.end, '2027-01-09', label);
      assert.equal(visit.allDay, true, label);
      assert.equal(visit.summary, text(language, 'calendarVisit', { place }), label);
      assert.ok(visit.description.startsWith(text(language, 'calendarBring')), label);
      for (const title of titles) assert.ok(visit.description.includes(title), `${label}: ${title}`);
      assert.ok(visit.description.includes(link), label);
      assert.equal(visit.url, link, label);
      assert.equal(visit.stamp, '2027-01-04T10:00:00Z', `${label}: stamped at the pinned time, in UTC`);
      // Friday's visit: one working day, the weekend skipped. Planned for a complete package
      // even though the documents are not all ticked yet.
      assert.equal(ready.start, '2027-01-11', label);
      assert.equal(ready.summary, text(language, 'calendarReady'), label);
      assert.notEqual(ready.uid, visit.uid, label);
      assert.match(
        await page.locator('#take-away-status').innerText(),
        new RegExp(text(language, 'calendarSaved').slice(0, 20)),
        label,
      );
      assert.deepEqual(page.problems, [], label);
      await page.close();
    }
  }
});

test('without a planned day the visit is today; the ready-by day skips the days off in between', async () => {
  // Monday 4 January 2027, the pinned today, is a day off (New Year): the term counts from Tuesday.
  let page = await documentsPage(context, site.origin, '&channel=psc');
  const [visit, ready] = events((await downloadCalendar(page)).text);
  assert.equal(visit.start, '2027-01-04');
  assert.equal(ready.start, '2027-01-06');
  await page.close();

  // A route nobody confirms gives no day (issue 16 §1): the file holds the visit alone.
  page = await documentsPage(context, site.origin, '&channel=consulate&category=spouse&apply=2027-01-08');
  assert.deepEqual(
    events((await downloadCalendar(page)).text).map((event) => event.start),
    ['2027-01-08'],
  );
  await page.close();

  // One working day from Wednesday 6 January 2027: Thursday 7 January is Orthodox Christmas, a day off.
  page = await documentsPage(context, site.origin, '&channel=psc&apply=2027-01-06');
  const all = events((await downloadCalendar(page)).text);
  assert.deepEqual(
    all.map((event) => event.start),
    ['2027-01-06', '2027-01-08'],
  );
  await page.close();
});
