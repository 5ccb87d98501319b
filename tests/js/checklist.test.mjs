// The checklist API (categories, checklist, assess) through the built module, as a page uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModule } from './site.mjs';

const { createChecker, RulesetError } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();
const builtin = JSON.parse(readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'), 'utf8'));

const ids = (items) => items.map((item) => item.id);

test('categories lists every channel and category of the rules, in each language', () => {
  const expected = {
    consulate: ['investor', 'exporter', 'spouse', 'child', 'inheritance', 'digital_nomad', 'disability', 'senior'],
    ministry: ['diplomatic_staff'], psc: [], egov: [],
  };
  for (const lang of ['en', 'ru', 'kk']) {
    const { channels, asOf } = checker.categories(lang);
    assert.match(asOf, /^\d{4}-\d\d-\d\d$/);
    assert.deepEqual(Object.fromEntries(channels.map((c) => [c.id, ids(c.categories)])), expected);
    for (const channel of channels) {
      assert.ok(channel.title && channel.summary, `${lang} ${channel.id}`);
      for (const category of channel.categories) assert.ok(category.title && category.summary);
    }
  }
  assert.notEqual(checker.categories('kk').channels[0].title, checker.categories('en').channels[0].title);
  assert.throws(() => checker.categories('de'), RangeError);
});

test('every outcome: the exact documents for each channel and category', () => {
  const common = ['application', 'passport'];
  const outcomes = [
    [{ channel: 'consulate', category: 'investor' }, [...common, 'investor_proof']],
    [{ channel: 'consulate', category: 'exporter' }, [...common, 'marking_order']],
    [{ channel: 'consulate', category: 'spouse' }, [...common, 'marriage_certificate']],
    [{ channel: 'consulate', category: 'child', birthDate: '2015-06-01' }, [...common, 'birth_certificate', 'parent_kz_identity']],
    [{ channel: 'consulate', category: 'inheritance' }, [...common, 'inheritance_proof']],
    [{ channel: 'consulate', category: 'digital_nomad' }, [...common, 'nomad_proof']],
    [{ channel: 'consulate', category: 'disability' }, [...common, 'disability_certificate']],
    [{ channel: 'consulate', category: 'senior', birthDate: '1950-01-01' }, common],
    [{ channel: 'ministry', category: 'diplomatic_staff' }, common],
    [{ channel: 'psc' }, common],
    [{ channel: 'psc', representative: true }, [...common, 'power_of_attorney']],
    [{ channel: 'egov' }, ['digital_signature', 'application']],
  ];
  for (const [answers, expected] of outcomes) {
    const list = checker.checklist({ ...answers, today: '2026-11-25' });
    assert.deepEqual(ids(list.items), expected, JSON.stringify(answers));
    assert.equal(list.eligible, true, JSON.stringify(answers));
    assert.ok(list.sources.length > 0 && list.sources.every((s) => s.checked && s.title));
    assert.equal(list.asOf, '2026-11-25');
  }
  const investor = checker.checklist({ channel: 'consulate', category: 'investor' }).items[2];
  assert.deepEqual(ids(investor.oneOf),
    ['investor_council_membership', 'investment_contract', 'state_recommendation', 'aifc_recommendation']);
  const passport = checker.checklist({ channel: 'psc' }).items[1];
  assert.deepEqual([passport.original, passport.copy, passport.notarizedTranslation], [true, true, true]);
});

test('who may submit, the term and the refusal grounds come with each checklist', () => {
  const consulate = checker.checklist({ channel: 'consulate', category: 'spouse' });
  assert.equal(consulate.whoMaySubmit.code, 'in_person');
  assert.equal(consulate.term.workingDays, 1);
  assert.match(consulate.term.text, /not counted/);
  assert.deepEqual(consulate.refusalGrounds.accept.map((g) => g.code), ['incomplete_package', 'expired_document']);
  assert.ok(consulate.refusalGrounds.form.some((g) => g.code === 'previously_registered_iin'));
  assert.ok(consulate.refusalGrounds.form.every((g) => g.source.id && g.source.checked));
  assert.ok(consulate.history.length > 0 && consulate.history.every((h) => h.superseded));
  const psc = checker.checklist({ channel: 'psc' });
  assert.equal(psc.whoMaySubmit.code, 'in_person_or_representative');
  assert.equal(psc.term.workingDays, null);
});

test('age rules: under 16 for a child, 65 or over for a senior, 29 February counted from 1 March', () => {
  const child = (birthDate, today) =>
    checker.checklist({ channel: 'consulate', category: 'child', birthDate, today }).eligible;
  assert.equal(child('2010-05-10', '2026-05-09'), true);
  assert.equal(child('2010-05-10', '2026-05-10'), false);
  const senior = (birthDate, today) =>
    checker.checklist({ channel: 'consulate', category: 'senior', birthDate, today }).eligible;
  assert.equal(senior('1961-05-10', '2026-05-09'), false);
  assert.equal(senior('1961-05-10', '2026-05-10'), true);
  assert.equal(senior('1960-02-29', '2025-02-28'), false);
  assert.equal(senior('1960-02-29', '2025-03-01'), true);
  assert.equal(child('2008-02-29', '2024-02-28'), true);
  assert.equal(child('2008-02-29', '2024-02-29'), false);
  const unknown = checker.checklist({ channel: 'consulate', category: 'child', today: '2026-11-25' });
  const age = unknown.eligibility.find((r) => r.code === 'age_under');
  assert.equal(age.met, null);
  assert.match(age.text, /under 16/);
});

test('assess: a complete package is ready by the next working day', () => {
  const verdict = checker.assess({
    channel: 'consulate', category: 'spouse', have: ['application', 'passport', 'marriage_certificate'],
    expiries: { passport: '2030-01-01' }, applyOn: '2026-11-27', today: '2026-11-25',
  });
  assert.deepEqual(verdict, {
    ready: true, eligible: true, missing: [], expired: [], grounds: [], readyBy: '2026-11-30',
    readyByNote: 'Local holidays may add days.',
  });
});

test('assess: missing, expired (valid through its date) and the grounds they give', () => {
  const base = { channel: 'consulate', category: 'investor', today: '2026-11-25', applyOn: '2026-11-25' };
  const missing = checker.assess({ ...base, have: ['passport'] });
  assert.deepEqual(missing.missing.map((m) => m.id), ['application', 'investor_proof']);
  assert.deepEqual(missing.grounds.map((g) => g.code), ['incomplete_package']);
  const any = checker.assess({ ...base, have: ['application', 'passport', 'aifc_recommendation'] });
  assert.equal(any.ready, true);
  const held = ['application', 'passport', 'investment_contract'];
  assert.equal(checker.assess({ ...base, have: held, expiries: { passport: '2026-11-25' } }).ready, true);
  const expired = checker.assess({ ...base, have: held, expiries: { passport: '2026-11-24' } });
  assert.deepEqual(expired.expired, [{ id: 'passport', title: 'Passport', expiredOn: '2026-11-24' }]);
  assert.deepEqual(expired.missing, []);
  assert.deepEqual(expired.grounds.map((g) => g.code), ['expired_document']);
  const registered = checker.assess({ ...base, have: held, iin: '901123300258' });
  assert.deepEqual(registered.grounds.map((g) => g.code), ['previously_registered_iin']);
  assert.equal(checker.assess({ ...base, have: held, iin: '901123300257' }).ready, true);
});

test('assess: one of the alternatives, each met in full', () => {
  const base = { channel: 'consulate', category: 'inheritance', today: '2026-11-25' };
  const ready = (have) => checker.assess({ ...base, have: ['application', 'passport', ...have] }).ready;
  assert.equal(ready(['will']), true);
  assert.equal(ready(['death_certificate']), false);
  assert.equal(ready(['death_certificate', 'kinship_proof']), true);
  const nomad = (have) => checker.assess({ channel: 'consulate', category: 'digital_nomad',
    today: '2026-11-25', have: ['application', 'passport', ...have] }).ready;
  assert.equal(nomad(['it_training_certificate', 'it_portfolio']), true);  // the diploma only if you have one
  assert.equal(nomad(['it_diploma', 'it_portfolio']), false);
  assert.equal(nomad(['it_company_order']), true);
});

test('age rules are judged on the day of applying, which cannot be in the past', () => {
  const child = { channel: 'consulate', category: 'child', birthDate: '2010-11-27', today: '2026-11-25',
    have: ['application', 'passport', 'birth_certificate', 'parent_kz_identity'] };
  assert.equal(checker.assess({ ...child, applyOn: '2026-11-26' }).ready, true);
  assert.deepEqual(checker.assess({ ...child, applyOn: '2026-11-27' }).grounds.map((g) => g.code), ['not_eligible']);
  assert.equal(checker.checklist({ ...child, applyOn: '2026-11-27' }).eligible, false);
  assert.throws(() => checker.assess({ ...child, applyOn: '2026-11-24' }), { name: 'RangeError', code: 'date_order', path: 'answers.applyOn', message: /answers.applyOn: .* is before answers.today/ });
});

test('assess: not eligible is a ground of its own', () => {
  const verdict = checker.assess({ channel: 'consulate', category: 'senior', birthDate: '1970-01-01',
    today: '2026-11-25', have: ['application', 'passport'] });
  assert.equal(verdict.ready, false);
  assert.deepEqual(verdict.grounds.map((g) => g.code), ['not_eligible']);
  const proxy = checker.assess({ channel: 'consulate', category: 'spouse', representative: true, today: '2026-11-25',
    have: ['application', 'passport', 'marriage_certificate'] });
  assert.deepEqual(proxy.grounds.map((g) => g.code), ['not_eligible']);
});

test('readyBy skips the weekend; channels without a fixed term give none', () => {
  const readyBy = (applyOn) => checker.assess({ channel: 'ministry', category: 'diplomatic_staff',
    today: '2026-11-20', applyOn, have: ['application', 'passport'] }).readyBy;
  assert.equal(readyBy('2026-11-25'), '2026-11-26');  // Wednesday → Thursday
  assert.equal(readyBy('2026-11-27'), '2026-11-30');  // Friday → Monday
  assert.equal(readyBy('2026-11-28'), '2026-11-30');  // Saturday → Monday
  assert.equal(readyBy('2026-11-29'), '2026-11-30');  // Sunday → Monday
  assert.equal(checker.assess({ channel: 'psc', today: '2026-11-25', have: ['application', 'passport'] }).readyBy, null);
  assert.equal(checker.assess({ channel: 'ministry', category: 'diplomatic_staff', today: '2026-11-25' }).readyBy, null);
});

test('every answer in three languages', () => {
  for (const lang of ['ru', 'kk']) {
    const list = checker.checklist({ channel: 'psc', representative: true, lang });
    const english = checker.checklist({ channel: 'psc', representative: true });
    assert.notEqual(list.items[2].title, english.items[2].title);
    assert.match(list.items[2].title, /[а-яәғқңөұүһі]/i);
  }
});

test('wrong answers name what is wrong', () => {
  assert.throws(() => checker.checklist({ channel: 'embassy' }),
    { name: 'RangeError', code: 'unknown_id', path: 'answers.channel', message: /'consulate'/ });
  assert.throws(() => checker.checklist({ channel: 'consulate' }), { code: 'missing_key', path: 'answers.category', message: /must be one of/ });
  assert.throws(() => checker.checklist({ channel: 'psc', category: 'spouse' }), /no categories/);
  assert.throws(() => checker.checklist({ channel: 'psc', birthDate: '2026-02-30' }), /answers.birthDate/);
  assert.throws(() => checker.checklist({ channel: 'psc', lang: 'fr' }), /answers.lang/);
  assert.throws(() => checker.checklist({ channel: 'psc', colour: 'blue' }), { code: 'unknown_key', path: 'answers.colour' });
  assert.throws(() => checker.assess({ channel: 'psc', have: ['pasport'] }), /'pasport'/);
  assert.throws(() => checker.assess({ channel: 'psc', have: ['passport', 7] }),
    { name: 'TypeError', code: 'wrong_type', path: 'answers.have[1]' });
  assert.throws(() => checker.checklist(null), { name: 'TypeError', code: 'wrong_type', path: 'answers' });
  assert.throws(() => checker.checklist('psc'), TypeError);
});

test('a host may pass its own ruleset; a wrong one is refused with the JSON path', async () => {
  const own = structuredClone(builtin);
  own.channels[2].title.en = 'At a PSC (our office helps you)';
  const custom = await createChecker({ rules: own });
  assert.equal(custom.checklist({ channel: 'psc' }).channel.title, 'At a PSC (our office helps you)');
  const broken = structuredClone(builtin);
  broken.channels[0].categories[1].id = 'investor';
  await assert.rejects(createChecker({ rules: broken }),
    { name: 'RulesetError', code: 'duplicate_id', path: '/channels/0/categories/1/id',
      message: /\/channels\/0\/categories\/1\/id: the id "investor" is used twice/ });
  const typo = structuredClone(builtin);
  typo.documents[1].titel = typo.documents[1].title;
  await assert.rejects(createChecker({ rules: typo }), /\/documents\/1\/titel: unknown key/);
  await assert.rejects(createChecker({ rules: '{"schema": 1,' }), { code: 'not_json', message: /not valid JSON at line 1/ });
  await assert.rejects(createChecker({ rules: '['.repeat(10_000) + ']'.repeat(10_000) }), /nested deeper than/);
  await assert.rejects(createChecker({ rules: ' '.repeat(10 * 1024 * 1024) }), { code: 'too_large', message: /the limit is/ });
  await assert.rejects(createChecker({ rules: 42 }), TypeError);
});

test('a checker for numbers alone does not load the checklist', async () => {
  const numbersOnly = await createChecker({ checklist: false });
  assert.equal(numbersOnly.check('901123300258').valid, true);
  assert.throws(() => numbersOnly.checklist({ channel: 'psc' }), /checklist: false/);
});
