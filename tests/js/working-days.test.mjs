// readyBy against an oracle written from the published calendars (the 2026 eGov calendar as
// reported by Kazinform on 2 January 2026, the 2025 days off, and the statutory estimate for 2027),
// for every day from October 2025 to the end of 2027, at an office closed on days off (a PSC) and
// at one open then (a consulate abroad).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();
// The same rules read again recently: their routes stay confirmed beyond 2027, so days can be counted there.
const shipped = JSON.parse(readFileSync(new URL(siteModule('ruleset.json')), 'utf8'));
const fresh = await createChecker({ rules: { ...shipped, reviewAfterDays: 3650 } });

// Days off that fall on weekdays, and the day each transfer makes up for.
const DAYS_OFF = {
  '2025-10-27': '2025-10-25',
  '2025-12-16': null,
  '2026-01-01': null,
  '2026-01-02': null,
  '2026-01-07': null,
  '2026-03-09': '2026-03-08',
  '2026-03-23': null,
  '2026-03-24': '2026-03-21',
  '2026-03-25': '2026-03-22',
  '2026-05-01': null,
  '2026-05-07': null,
  '2026-05-11': '2026-05-09',
  '2026-05-27': null,
  '2026-07-06': null,
  '2026-10-26': '2026-10-25',
  '2026-12-16': null,
  '2027-01-01': null,
  '2027-01-04': '2027-01-02',
  '2027-01-07': null,
  '2027-03-08': null,
  '2027-03-15': null,
  '2027-03-22': null,
  '2027-03-23': null,
  '2027-03-24': '2027-03-21',
  '2027-05-03': '2027-05-01',
  '2027-05-07': null,
  '2027-05-10': '2027-05-09',
  '2027-07-06': null,
  '2027-10-25': null,
  '2027-12-16': null,
};
// Kurban Ait 2027, not yet announced: counted as a day off, and named apart (mayBeDaysOff).
const MAY_BE_DAYS_OFF = ['2027-05-17'];
// Announced as a day off, then not one: Constitution Day 2026 (the new Constitution moved it).
const NOT_DAYS_OFF = ['2026-08-31'];

const iso = (date) => date.toISOString().slice(0, 10);
const next = (day) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
const weekend = (day) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
const working = (day) => !weekend(day) && !(day in DAYS_OFF) && !MAY_BE_DAYS_OFF.includes(day);

// The oracle: the next working day after the day of applying, or, where the office is closed that
// day, after the next working day.
function expected(applyOn, opensOnDaysOff) {
  let day = applyOn;
  const skipped = [];
  if (!opensOnDaysOff) {
    while (!working(day)) {
      day = next(day);
      if (day in DAYS_OFF) skipped.push(day);
    }
  }
  const countedFrom = day;
  do {
    day = next(day);
    if (day in DAYS_OFF) skipped.push(day);
  } while (!working(day));
  return { countedFrom, readyBy: day, skipped };
}

const PSC = { channel: 'psc', have: ['application', 'passport'], passportScript: 'latin' };
const CONSULATE = {
  channel: 'consulate',
  category: 'senior',
  birthDate: '1950-01-01',
  have: ['application', 'passport'],
};

function everyDay(from, to, each) {
  for (let day = from; day <= to; day = next(day)) each(day);
}

test('at a PSC (closed on days off): every day from October 2025 to the end of 2027', () => {
  let counted = 0;
  everyDay('2025-10-01', '2027-12-28', (day) => {
    const verdict = fresh.assess({ ...PSC, today: day });
    const oracle = expected(day, false);
    assert.equal(verdict.readyBy, oracle.readyBy, `applying on ${day}`);
    assert.equal(verdict.closedOn?.countedFrom ?? day, oracle.countedFrom, `applying on ${day}`);
    assert.equal(verdict.closedOn !== null, !working(day), `closed on ${day}`);
    assert.deepEqual(
      verdict.daysOffSkipped.map((d) => d.date),
      oracle.skipped,
      `days off passed over from ${day}`,
    );
    counted += 1;
  });
  assert.equal(counted, 819);
});

test('at a consulate (closed on days off too, issue 16 §2), while the 2025 pilot ran', () => {
  everyDay('2025-10-01', '2025-12-31', (day) => {
    const verdict = checker.assess({ ...CONSULATE, today: day });
    assert.equal(verdict.readyBy, expected(day, false).readyBy, `applying on ${day}`);
    assert.equal(verdict.closedOn !== null, !working(day), `closed on ${day}`);
  });
});

test('the route nobody confirms any more gives no day, whatever the calendar', () => {
  everyDay('2026-01-01', '2026-01-31', (day) => {
    const verdict = checker.assess({ ...CONSULATE, today: day });
    assert.equal(verdict.readyBy, null, day);
    assert.equal(verdict.readyByReason, 'route_unconfirmed', day);
  });
});

test('each transfer says which day it makes up for; 31 August 2026 is a working day and says why', () => {
  for (const [day, movedFrom] of Object.entries(DAYS_OFF)) {
    let before = day;
    do before = iso(new Date(Date.parse(`${before}T00:00:00Z`) - 86_400_000));
    while (!working(before));
    for (const lang of ['en', 'ru', 'kk']) {
      const line = checker.assess({ ...PSC, today: before, lang }).daysOffSkipped.find((d) => d.date === day);
      assert.ok(line, `${day} named when applying on ${before}`);
      assert.match(line.text, new RegExp(`(^|\\D)${Number(day.slice(8))}(\\D|$)`), `${lang}: ${line.text}`);
      if (movedFrom)
        assert.match(line.text, new RegExp(`(^|\\D)${Number(movedFrom.slice(8))}(\\D|$)`), `${lang}: ${line.text}`);
      if (lang !== 'en') assert.doesNotMatch(line.text, /[A-Za-z]/, `${lang}: ${line.text}`);
    }
  }
  const august = checker.assess({ ...PSC, today: '2026-08-28' });
  assert.equal(august.readyBy, '2026-08-31');
  assert.deepEqual(
    august.notDaysOff.map((d) => [d.date, d.holiday]),
    [['2026-08-31', 'constitution_day']],
  );
  assert.ok(
    august.calendar.sources.some((s) => s.kind === 'news'),
    'the ministry statement as reported',
  );
  assert.ok(NOT_DAYS_OFF.every((day) => working(day)));
});

test('the calendar says how sure it is: published 2026, estimated 2027, weekdays only beyond', () => {
  const confidence = (day) => fresh.assess({ ...PSC, today: day }).calendar;
  assert.equal(confidence('2026-06-10').confidence, 'published');
  const estimated = confidence('2027-06-10');
  assert.equal(estimated.confidence, 'estimated');
  assert.match(estimated.text, /2027/);
  assert.ok(estimated.rule.length > 0);
  const across = confidence('2026-12-31');
  assert.equal(across.confidence, 'estimated', 'the count reaches into 2027');
  const beyond = confidence('2028-02-01');
  assert.equal(beyond.confidence, 'weekdays_only');
  assert.match(beyond.text, /2028/);
  assert.equal(confidence('2025-09-30').confidence, 'weekdays_only', '2025 is covered from October only');
});
