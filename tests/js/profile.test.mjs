// Mission profiles through the public API and the real module: the demo profile against its
// published schema and the engine, what it changes (status, closed days, extra categories,
// checker.mission()), and hostile profiles refused with a ProfileError (code and JSON Pointer),
// the module working on for the next checker. Every call passes a fixed day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { siteDir, siteModule } from './site.mjs';

const { createChecker, ProfileError } = await import(siteModule('iin-checker.js'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const demoFile = path.join(root, 'web/demo/example-mission.json');
const demo = JSON.parse(readFileSync(demoFile, 'utf8'));
const TODAY = '2027-01-04'; // a Monday; the demo mission is closed on Tuesday 5 January 2027

const changed = (change) => {
  const profile = structuredClone(demo);
  change(profile);
  return profile;
};

test('the demo profile matches the published schema (format-mutations.test.mjs holds the schema against the engine)', () => {
  const schema = JSON.parse(readFileSync(path.join(siteDir, 'profile.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.ok(validate(demo), JSON.stringify(validate.errors));
});

test('createChecker({ profile }) takes an object or JSON text; checker.profile says what is in use', async () => {
  for (const profile of [demo, JSON.stringify(demo)]) {
    const checker = await createChecker({ profile });
    assert.deepEqual(checker.profile, {
      channel: 'consulate',
      name: demo.name,
      accepting: true,
      confirmed: '2026-11-20',
    });
    assert.ok(Object.isFrozen(checker.profile));
  }
  const plain = await createChecker();
  assert.equal(plain.profile, null);
  assert.equal(plain.mission({ lang: 'en', today: TODAY }), null);
});

test('createChecker({ profileUrl }) reads a file; a missing file is a ProfileError profile_unavailable', async () => {
  const checker = await createChecker({ profileUrl: pathToFileURL(demoFile) });
  assert.equal(checker.profile.name.en, demo.name.en);
  await assert.rejects(
    createChecker({ profileUrl: pathToFileURL(path.join(root, 'no-such-profile.json')) }),
    (error) =>
      error instanceof ProfileError && error.code === 'profile_unavailable' && /no-such-profile/.test(error.message),
  );
  await assert.rejects(
    createChecker({ profile: demo, profileUrl: 'x.json' }),
    (e) => e instanceof RangeError && e.path === 'options.profileUrl',
  );
  await assert.rejects(
    createChecker({ profile: demo, checklist: false }),
    (e) => e instanceof RangeError && e.path === 'options.profile',
  );
  await assert.rejects(createChecker({ profile: 42 }), (e) => e instanceof TypeError && e.path === 'options.profile');
});

test("the mission's word overrides the unconfirmed national status of its channel, and says so", async () => {
  const plain = await createChecker();
  const checker = await createChecker({ profile: demo });
  const consulate = (c, lang = 'en') =>
    c.categories({ lang, today: TODAY }).channels.find((ch) => ch.id === 'consulate');
  assert.equal(consulate(plain).status.code, 'unconfirmed');
  const status = consulate(checker).status;
  assert.equal(status.code, 'in_force');
  assert.equal(status.missionConfirmed, '2026-11-20');
  assert.match(
    status.text,
    /^Example Embassy of Kazakhstan in Exampleland confirmed on 20 November 2026 that it accepts applications \(the mission's own word/,
  );
  assert.match(consulate(checker, 'ru').status.text, /20 ноября 2026 года подтверждено/);
  assert.match(consulate(checker, 'kk').status.text, /2026 жылғы 20 қараша күні/);
  const psc = (c) => c.categories({ lang: 'en', today: TODAY }).channels.find((ch) => ch.id === 'psc').status;
  assert.deepEqual(psc(checker), psc(plain));

  const refusing = await createChecker({
    profile: changed((p) => {
      p.accepting = false;
    }),
  });
  const verdict = refusing.assess({ channel: 'consulate', category: 'spouse', today: TODAY, lang: 'en' });
  assert.equal(verdict.status.code, 'not_accepting');
  assert.match(verdict.status.text, /said on 20 November 2026 that it does not accept applications now/);
  assert.equal(verdict.ready, false);
  assert.equal(verdict.grounds[0].code, 'not_in_force');
});

test('the mission\'s closed days push "ready by" and are named', async () => {
  const checker = await createChecker({ profile: demo });
  const plain = await createChecker();
  const answers = { channel: 'consulate', category: 'senior', birthDate: '1950-01-01', today: TODAY, lang: 'en' };
  const list = checker.checklist(answers);
  const have = list.items.flatMap(function ids(item) {
    return (item.oneOf ?? item.allOf) ? (item.oneOf ?? item.allOf).flatMap(ids) : [item.id];
  });
  const before = plain.assess({ ...answers, have });
  const after = checker.assess({ ...answers, have });
  assert.equal(after.ready, true, JSON.stringify(after.grounds));
  // Without the mission's word the route is unconfirmed: no day (issue 16 §1); with it, the day,
  // past Kazakhstan's 4 and 7 January and the mission's own 5 January.
  assert.equal(before.readyBy, null);
  assert.equal(after.readyBy, '2027-01-08');
  const closed = after.daysOffSkipped.find((day) => day.holiday === 'mission_closed');
  assert.deepEqual(closed, {
    date: '2027-01-05',
    holiday: 'mission_closed',
    text: "5 January: the mission is closed (Founders' Day in Exampleland).",
  });
  const onClosedDay = checker.assess({ ...answers, have, applyOn: '2027-01-05', lang: 'ru' });
  assert.match(
    onClosedDay.closedOn.text,
    /^5 января 2027 года представительство не работает \(День основателей в Примерландии\)/,
  );
});

test("extra categories become choices of the mission's channel", async () => {
  const checker = await createChecker({ profile: demo });
  const categories = checker
    .categories({ lang: 'en', today: TODAY })
    .channels.find((c) => c.id === 'consulate')
    .categories.map((c) => c.id);
  assert.ok(categories.includes('diplomatic_staff'));
  assert.equal(
    checker.checklist({ channel: 'consulate', category: 'diplomatic_staff', today: TODAY }).category.id,
    'diplomatic_staff',
  );
  const plain = await createChecker();
  assert.throws(
    () => plain.checklist({ channel: 'consulate', category: 'diplomatic_staff', today: TODAY }),
    (e) => e.path === 'answers.category',
  );
});

test("checker.mission() gives the profile in the applicant's language with its channel's status", async () => {
  const checker = await createChecker({ profile: demo });
  const mission = checker.mission({ lang: 'kk', today: TODAY });
  assert.equal(mission.name, demo.name.kk);
  assert.equal(mission.address, demo.address);
  assert.equal(mission.hours, demo.hours.kk);
  assert.equal(mission.appointment, 'https://example.org/appointments');
  assert.equal(mission.phone, '+1 202 555 0143');
  assert.equal(mission.status.code, 'in_force');
  assert.deepEqual(
    mission.closedDays.map((d) => d.date),
    ['2027-01-05', '2027-03-22'],
  ); // from the day asked about
  assert.deepEqual(
    mission.extraCategories.map((c) => c.id),
    ['diplomatic_staff'],
  );
  assert.equal(mission.notes, demo.notes.kk);
  assert.equal(checker.mission('ru').name, demo.name.ru);
  assert.throws(
    () => checker.mission({ lang: 'en', today: TODAY, colour: 'red' }),
    (e) => e.code === 'unknown_key',
  );
});

const HOSTILE = [
  [
    'a typo in a key',
    (p) => {
      p.adress = p.address;
    },
    'unknown_key',
    '/adress',
  ],
  [
    'an http appointment link',
    (p) => {
      p.appointment = 'http://example.org/';
    },
    'invalid_value',
    '/appointment',
  ],
  [
    'a script link',
    (p) => {
      p.appointment = 'javascript:alert(1)';
    },
    'invalid_value',
    '/appointment',
  ],
  ...[
    'https://gov.kz@evil.example/',
    'https:///evil.example/aa',
    'https://gov.kz/\u202Eelpmaxe.live',
    'https://\u0435gov.kz/appointments',
  ].map((link) => [
    `a link that looks like another (${link})`, // N5: a user name, no host, a direction override, a look-alike
    (p) => {
      p.appointment = link;
    },
    'invalid_value',
    '/appointment',
  ]),
  [
    'a phone that is no phone',
    (p) => {
      p.phone = '<img src=x onerror=alert(1)>';
    },
    'invalid_value',
    '/phone',
  ],
  [
    'a date that does not exist',
    (p) => {
      p.confirmed = '2027-02-29';
    },
    'invalid_date',
    '/confirmed',
  ],
  [
    'a name without Kazakh',
    (p) => {
      delete p.name.kk;
    },
    'missing_key',
    '/name',
  ],
  [
    'closed days out of order',
    (p) => {
      p.closedDays.reverse();
    },
    'date_order',
    '/closedDays/1/date',
  ],
  [
    'a category nobody defines',
    (p) => {
      p.extraCategories = ['astronaut'];
    },
    'unknown_id',
    '/extraCategories/0',
  ],
  [
    'another schema',
    (p) => {
      p.schema = 7;
    },
    'unsupported_schema',
    '/schema',
  ],
  [
    'an unknown channel',
    (p) => {
      p.channel = 'embassy';
    },
    'unknown_id',
    '/channel',
  ],
];

test('a hostile profile is a ProfileError with a code and a JSON Pointer, and the module works on', async () => {
  for (const [what, change, code, pointer] of HOSTILE) {
    await assert.rejects(createChecker({ profile: changed(change) }), (error) => {
      assert.ok(error instanceof ProfileError, `${what}: ${error}`);
      assert.equal(error.name, 'ProfileError');
      assert.equal(error.code, code, `${what}: ${error.message}`);
      assert.equal(error.path, pointer, `${what}: ${error.message}`);
      assert.match(error.message, /^Invalid mission profile: /);
      return true;
    });
  }
  for (const text of ['', '{', '[]', 'null', `{"a":${'['.repeat(50)}${']'.repeat(50)}}`, ' '.repeat(70000)]) {
    await assert.rejects(
      createChecker({ profile: text }),
      (error) => error instanceof ProfileError && error.code !== undefined,
    );
  }
  const after = await createChecker({ profile: demo });
  assert.equal(after.check('901123300258').valid, true);
  assert.equal(after.profile.accepting, true);
});
