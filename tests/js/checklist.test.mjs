// The checklist API (categories, checklist, assess) through the built module and the shipped
// rules, as a page uses it. Every call names `today`: no test depends on the day it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir, siteModule } from './site.mjs';

const { createChecker, RulesetError } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();
const source = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'), 'utf8'),
);

const ids = (list, key = 'id') => list.map((entry) => entry[key]);
const TODAY = '2026-11-25';
const CYRILLIC = /[а-яёәғқңөұүһі]/i;

test('the shipped rules load as the built-in file, trusted by their hash; any other file is validated', async () => {
  assert.deepEqual(checker.rules, { version: source.version, asOf: source.asOf, builtIn: true });
  // The site's file is what JSON.stringify writes: the same rules handed over as an object are it.
  assert.equal((await createChecker({ rules: source })).rules.builtIn, true);
  const edited = structuredClone(source);
  edited.asOf = '2099-12-31'; // any change makes another file
  const copy = await createChecker({ rules: edited });
  assert.equal(copy.rules.builtIn, false);
  assert.deepEqual(
    copy.checklist({ channel: 'psc', today: TODAY }),
    checker.checklist({ channel: 'psc', today: TODAY }),
  );
  const text = await createChecker({ rules: readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8') });
  assert.equal(text.rules.builtIn, true);
  const fromUrl = await createChecker({ rulesUrl: new URL('ruleset.json', siteModule('ruleset.json')) });
  assert.equal(fromUrl.rules.builtIn, true);
});

test('categories(lang) still works; categories({ lang, applyOn, today }) gives the choices on that day', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const { channels, history, sources, sourceKinds } = checker.categories({ lang, today: TODAY });
    assert.deepEqual(ids(channels), ['consulate', 'psc', 'ministry']);
    assert.ok(!ids(channels).includes('egov'), 'an ended route is never a current choice');
    assert.ok(history.some((h) => h.id === 'egov' && h.kind === 'channel' && h.to === '2024-02-29'));
    assert.ok(sources.length === source.sources.length && sourceKinds.length === source.sourceKinds.length);
    for (const channel of channels)
      assert.ok(channel.title && channel.summary && channel.status.text, `${lang} ${channel.id}`);
    if (lang !== 'en') assert.match(channels[0].status.text, CYRILLIC);
  }
  const plain = checker.categories('ru');
  assert.equal(plain.channels[0].title, checker.categories({ lang: 'ru', today: TODAY }).channels[0].title);
  assert.throws(() => checker.categories('de'), { name: 'RangeError', code: 'invalid_value', path: 'options.lang' });
  assert.throws(() => checker.categories({ colour: 'red' }), { name: 'TypeError', code: 'unknown_key' });
  assert.throws(() => checker.categories({ today: TODAY, applyOn: '2026-11-24' }), {
    name: 'RangeError',
    code: 'date_order',
    path: 'options.applyOn',
  });

  // The consulate pilot: set to end on 31 December 2025, unconfirmed since; still a choice.
  const consulate = (today) => checker.categories({ today }).channels.find((c) => c.id === 'consulate');
  assert.equal(consulate('2025-12-31').status.code, 'in_force');
  const after = consulate('2026-01-01');
  assert.equal(after.status.code, 'unconfirmed');
  assert.equal(after.status.since, '2026-01-01');
  assert.match(after.status.text, /31 December 2025/);
  assert.ok(after.categories.every((c) => c.status.code === 'unconfirmed'));
  assert.equal(consulate('2025-04-17').status.code, 'not_yet');
  assert.equal(
    checker.categories({ today: '2024-02-29' }).channels.find((c) => c.id === 'egov')?.status.code,
    'in_force',
  );
  assert.equal(
    checker.categories({ today: '2024-03-01' }).channels.find((c) => c.id === 'egov'),
    undefined,
  );
});

test('PSC: in person only, no power of attorney, and the translation only for a passport in another script', () => {
  const list = checker.checklist({ channel: 'psc', today: TODAY });
  assert.equal(list.status.code, 'in_force');
  assert.equal(list.whoMaySubmit.code, 'in_person');
  assert.deepEqual(ids(list.items), ['application', 'passport']);
  assert.equal(list.term.workingDays, 1);
  assert.deepEqual(ids(list.questions), ['passportScript']);
  const passport = list.items[1];
  assert.deepEqual(passport.notarizedTranslation.questions, ['passportScript']);
  assert.match(passport.notarizedTranslation.text, /Latin or Cyrillic/);
  const translation = (passportScript) =>
    checker.checklist({ channel: 'psc', today: TODAY, passportScript }).items[1].notarizedTranslation;
  assert.equal(translation('latin'), false);
  assert.equal(translation('cyrillic'), false);
  assert.equal(translation('other'), true);
  const proxy = checker.assess({
    channel: 'psc',
    today: TODAY,
    representative: true,
    have: ['application', 'passport'],
  });
  assert.equal(proxy.eligible, false);
  assert.deepEqual(ids(proxy.grounds, 'code'), ['not_eligible']);
  assert.ok(
    list.notes.some((note) => /correction/i.test(note.text)),
    'a representative may ask for a correction',
  );
  assert.ok(
    list.channel.disputed.length > 0 && list.channel.disputed.every((d) => d.followed.length && d.others.length),
  );
});

test('consulate: the 2025 lists with the unconfirmed status first, legalisation asked only when it matters', () => {
  const spouse = checker.checklist({ channel: 'consulate', category: 'spouse', today: TODAY, lang: 'ru' });
  assert.equal(spouse.status.code, 'unconfirmed');
  assert.match(spouse.status.text, /31 декабря 2025 года/);
  assert.deepEqual(ids(spouse.items), ['application', 'passport', 'marriage_certificate']);
  assert.deepEqual(spouse.items[2].legalised.questions, ['documentsIssuedIn']);
  // The passport's translation turns on its script here as at a PSC (the 2024 and 2025 consulate rules).
  assert.deepEqual(ids(spouse.questions), ['passportScript', 'documentsIssuedIn']);
  assert.deepEqual(spouse.items[1].notarizedTranslation.questions, ['passportScript']);
  const issued = (documentsIssuedIn) =>
    checker.checklist({ channel: 'consulate', category: 'spouse', today: TODAY, documentsIssuedIn }).items[2].legalised;
  assert.equal(issued('other_country'), true);
  assert.equal(issued('convention_country'), false);
  assert.equal(issued('kazakhstan'), false);
  const categories = ids(checker.categories({ today: TODAY }).channels.find((c) => c.id === 'consulate').categories);
  assert.ok(categories.includes('plant_protection') && categories.includes('foreign_company_head'));
  const moscow = checker.checklist({ channel: 'consulate', category: 'plant_protection', today: TODAY });
  assert.deepEqual(ids(moscow.items), ['application', 'passport']);
  assert.ok(moscow.notes.length > 0 && moscow.sources.length > 0);
});

test('a child under 16 applying through a parent is never refused', () => {
  for (const representative of [false, true]) {
    const child = checker.assess({
      channel: 'consulate',
      category: 'child',
      today: TODAY,
      birthDate: '2015-06-01',
      representative,
      have: ['application', 'passport', 'birth_certificate', 'parent_kz_identity'],
      documentsIssuedIn: 'kazakhstan',
    });
    assert.equal(child.eligible, true, `representative: ${representative}`);
    assert.equal(child.readiness, 'unconfirmed'); // the papers match: the route is not confirmed
  }
  const list = checker.checklist({ channel: 'consulate', category: 'child', today: TODAY, representative: true });
  assert.equal(list.eligibility[0].code, 'represented_by_parent_or_guardian');
  assert.equal(list.eligibility[0].met, true);
});

test('age rules on the day of applying: under 16 until the 16th birthday, 65 from the 65th', () => {
  const eligible = (category, birthDate, today) =>
    checker.checklist({ channel: 'consulate', category, birthDate, today }).eligible;
  assert.equal(eligible('child', '2010-05-10', '2026-05-09'), true);
  assert.equal(eligible('child', '2010-05-10', '2026-05-10'), false);
  assert.equal(eligible('senior', '1961-05-10', '2026-05-09'), false);
  assert.equal(eligible('senior', '1961-05-10', '2026-05-10'), true);
  assert.equal(eligible('senior', '1960-02-29', '2025-02-28'), false);
  assert.equal(eligible('senior', '1960-02-29', '2025-03-01'), true);
});

test('assess: missing, expired (valid through its date), waiting for an answer, and the grounds they give', () => {
  const base = { channel: 'consulate', category: 'investor', today: TODAY };
  const missing = checker.assess({ ...base, have: ['passport'] });
  assert.deepEqual(ids(missing.missing), ['application', 'investor_proof']);
  assert.deepEqual(ids(missing.grounds, 'code'), ['incomplete_package']);
  const held = ['application', 'passport', 'investment_contract'];
  assert.equal(checker.assess({ ...base, have: held, expiries: { passport: TODAY } }).readiness, 'unconfirmed');
  const expired = checker.assess({ ...base, have: held, expiries: { passport: '2026-11-24' } });
  assert.deepEqual(expired.expired, [{ id: 'passport', title: 'Passport', expiredOn: '2026-11-24' }]);
  assert.deepEqual(ids(expired.grounds, 'code'), ['expired_document']);
  const registered = checker.assess({ ...base, have: held, iin: '901123300258' });
  assert.deepEqual(ids(registered.grounds, 'code'), ['previously_registered_iin']);
  assert.equal(
    checker.assess({ ...base, have: held, iin: '901123300257' }).readiness,
    'unconfirmed',
    'not a valid number',
  );
  assert.equal(
    checker.assess({ ...base, have: held, iin: '940140000385' }).readiness,
    'unconfirmed',
    'a BIN is no IIN',
  );
  assert.equal(checker.assess({ ...base, have: held, iin: '' }).readiness, 'unconfirmed');
  assert.throws(() => checker.assess({ ...base, holdsIin: true }), { name: 'TypeError', code: 'unknown_key' });
  assert.throws(() => checker.assess({ ...base, iin: 901123300258 }), { name: 'TypeError', path: 'answers.iin' });
  const nomad = (have) =>
    checker.assess({
      channel: 'consulate',
      category: 'digital_nomad',
      today: TODAY,
      have: ['application', 'passport', ...have],
    }).readiness !== 'not_ready';
  assert.equal(nomad(['it_training_certificate', 'it_portfolio']), true, 'the diploma only if you have one');
  assert.equal(nomad(['it_diploma', 'it_portfolio']), false);
  assert.equal(nomad(['it_company_order']), true);
});

test("readyBy: working days, days off named in the applicant's language, closed offices, the calendar's confidence", () => {
  const psc = (today, lang = 'en') =>
    checker.assess({ channel: 'psc', today, lang, have: ['application', 'passport'], passportScript: 'latin' });
  const tuesday = psc('2026-12-15');
  assert.equal(tuesday.readyBy, '2026-12-17');
  assert.deepEqual(
    tuesday.daysOffSkipped.map((d) => [d.date, d.holiday]),
    [['2026-12-16', 'independence_day']],
  );
  assert.match(tuesday.daysOffSkipped[0].text, /16 December/);
  assert.match(psc('2026-12-15', 'ru').daysOffSkipped[0].text, /16 декабря/);
  assert.match(psc('2026-12-15', 'kk').daysOffSkipped[0].text, /16 желтоқсан/);
  assert.equal(tuesday.calendar.confidence, 'published');
  const closed = psc('2026-12-12');
  assert.equal(closed.closedOn.date, '2026-12-12');
  assert.equal(closed.closedOn.countedFrom, '2026-12-14');
  assert.match(closed.closedOn.text, /12 December 2026/);
  assert.equal(closed.readyBy, '2026-12-15');
  const holiday = psc('2026-12-16');
  assert.equal(holiday.closedOn.countedFrom, '2026-12-17');
  assert.equal(holiday.readyBy, '2026-12-18');
  const estimated = psc('2026-12-31');
  assert.equal(estimated.readyBy, '2027-01-05');
  assert.equal(estimated.calendar.confidence, 'estimated');
  assert.ok(estimated.calendar.rule && estimated.calendar.sources.length > 0);
  // By mid-2028 the PSC's sources (read on 2026-12-07) were read too long ago to confirm the route: no day.
  assert.equal(psc('2028-06-30').readyBy, null);
  assert.equal(psc('2028-06-30').readyByReason, 'route_unconfirmed');
  const consulate = checker.assess({
    channel: 'consulate',
    category: 'senior',
    birthDate: '1950-01-01',
    today: '2026-12-12',
    have: ['application', 'passport'],
  });
  // Issue 16 §2: a consulate is closed on weekends and Kazakhstan's days off; unconfirmed, it gives no day.
  assert.equal(consulate.closedOn.countedFrom, '2026-12-14');
  assert.equal(consulate.readyBy, null);
});

test('every answer in three languages, with no English left in Russian and Kazakh', () => {
  for (const lang of ['ru', 'kk']) {
    const list = checker.checklist({ channel: 'consulate', category: 'inheritance', today: TODAY, lang });
    for (const text of [
      list.channel.title,
      list.status.text,
      list.items[2].title,
      list.term.text,
      list.sources[0].title,
    ]) {
      assert.match(text, CYRILLIC, text);
    }
  }
});

test('wrong answers name what is wrong and where', () => {
  assert.throws(() => checker.checklist({ channel: 'embassy', today: TODAY }), {
    name: 'RangeError',
    code: 'unknown_id',
    path: 'answers.channel',
    message: /'consulate'/,
  });
  assert.throws(() => checker.checklist({ channel: 'consulate', today: TODAY }), {
    code: 'missing_key',
    path: 'answers.category',
    message: /must be one of/,
  });
  assert.throws(() => checker.checklist({ channel: 'psc', category: 'spouse', today: TODAY }), { code: 'unknown_key' });
  assert.throws(() => checker.checklist({ channel: 'psc', birthDate: '2026-02-30', today: TODAY }), {
    code: 'invalid_date',
    path: 'answers.birthDate',
  });
  assert.throws(() => checker.checklist({ channel: 'psc', birthDate: '2027-01-01', today: TODAY }), {
    code: 'date_order',
    path: 'answers.birthDate',
  });
  assert.throws(() => checker.assess({ channel: 'psc', today: TODAY, applyOn: '2026-11-24' }), {
    name: 'RangeError',
    code: 'date_order',
    path: 'answers.applyOn',
  });
  assert.throws(() => checker.checklist({ channel: 'psc', today: TODAY, lang: 'fr' }), { path: 'answers.lang' });
  assert.throws(() => checker.checklist({ channel: 'psc', today: TODAY, colour: 'blue' }), {
    code: 'unknown_key',
    path: 'answers.colour',
  });
  assert.throws(() => checker.checklist({ channel: 'psc', today: TODAY, passportScript: 'arabic' }), {
    code: 'unknown_id',
    path: 'answers.passportScript',
  });
  assert.throws(() => checker.assess({ channel: 'psc', today: TODAY, have: ['pasport'] }), {
    code: 'unknown_id',
    path: 'answers.have[0]',
    message: /"pasport"/,
  });
  assert.throws(() => checker.assess({ channel: 'psc', today: TODAY, have: ['passport', 7] }), {
    name: 'TypeError',
    code: 'wrong_type',
    path: 'answers.have[1]',
  });
  assert.throws(() => checker.checklist(null), { name: 'TypeError', code: 'wrong_type', path: 'answers' });
  assert.throws(() => checker.checklist('psc'), TypeError);
});

test('a host may pass its own rules; a wrong file is refused with the code and the JSON Pointer', async () => {
  const own = structuredClone(source);
  own.channels.find((c) => c.id === 'psc').title.en = 'At a PSC (our office helps you)';
  const custom = await createChecker({ rules: own });
  assert.equal(custom.checklist({ channel: 'psc', today: TODAY }).channel.title, 'At a PSC (our office helps you)');
  const broken = structuredClone(source);
  broken.channels[0].categories[1].id = broken.channels[0].categories[0].id;
  await assert.rejects(createChecker({ rules: broken }), {
    name: 'RulesetError',
    code: 'duplicate_id',
    path: '/channels/0/categories/1/id',
    message: /\/channels\/0\/categories\/1\/id: the id ".*" is used twice/,
  });
  await assert.rejects(createChecker({ rules: 42 }), { name: 'TypeError', path: 'options.rules' });
  await assert.rejects(createChecker({ rules: {}, rulesUrl: 'x.json' }), {
    name: 'RangeError',
    path: 'options.rulesUrl',
  });
  await assert.rejects(createChecker({ rulesUrl: new URL('missing.json', siteModule('ruleset.json')) }), {
    name: 'RulesetError',
    code: 'rules_unavailable',
    message: /missing\.json/,
  });
  assert.ok(RulesetError.prototype instanceof Error);
});

test('a checker for numbers alone loads neither the checklist nor the rules', async () => {
  const numbersOnly = await createChecker({
    checklist: false,
    rulesUrl: new URL('missing.json', siteModule('ruleset.json')),
  });
  assert.equal(numbersOnly.check('901123300258').valid, true);
  assert.equal(numbersOnly.rules, null);
  assert.throws(() => numbersOnly.checklist({ channel: 'psc' }), /checklist: false/);
});
