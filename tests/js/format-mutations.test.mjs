// The published JSON Schemas (written at build time from the engine's own tables by
// wasm/tools/write_schemas.cpp) against the engine: the shipped rules and the demo mission profile,
// each changed in many ways, are refused by the schema exactly when the real module refuses them.
// Where JSON Schema cannot say a rule (a reference to an id listed elsewhere, dates in order, a
// length in bytes), the engine alone refuses, and the schema's description must say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { siteDir, siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const shippedRules = readJson(path.join(root, 'wasm/rules/ruleset.json'));
const demoProfile = readJson(path.join(root, 'web/demo/example-mission.json'));

// strictRequired is off only because a group's "oneOf"/"allOf" requirement (and the like) names
// properties declared beside it, which that check cannot see; every other strict check is on.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const schemaText = (file) => readFileSync(path.join(siteDir, file), 'utf8');
const validateRules = ajv.compile(JSON.parse(schemaText('ruleset.schema.json')));
const validateProfile = ajv.compile(JSON.parse(schemaText('profile.schema.json')));

// Everything in the tree, with a way to find the first value that fits.
function* walk(value) {
  yield value;
  if (value && typeof value === 'object') for (const child of Object.values(value)) yield* walk(child);
}
const first = (tree, fits) => {
  for (const value of walk(tree)) if (value && typeof value === 'object' && fits(value)) return value;
  throw new Error('the shipped data has no such value: the mutation needs another target');
};
const channel = (r, id) => r.channels.find((c) => c.id === id);
const text = (words) => ({ en: words, ru: words, kk: words });
const isGroup = (v) => Array.isArray(v.oneOf) && !('document' in v);

// [what is changed, how, the engine's error code or null when the engine accepts it, and for what
// only the engine checks: the words of the schema's description that say so].
const RULES = [
  // The eight the hand-written schema accepted (code review of 7 December 2026, D7).
  [
    'a document asked for as neither original nor copy',
    (r) => {
      const item = first(r, (v) => 'document' in v && v.original === true);
      item.original = false;
      delete item.copy;
    },
    'invalid_value',
  ],
  [
    'a group of 21 members',
    (r) => {
      const group = first(r, isGroup);
      while (group.oneOf.length < 21) group.oneOf.push(structuredClone(group.oneOf[0]));
    },
    'too_large',
  ],
  [
    'a title of 5,000 characters',
    (r) => {
      r.documents[0].title.en = 'a'.repeat(5000);
    },
    'too_large',
  ],
  [
    'a checklist of 51 items',
    (r) => {
      const items = channel(r, 'psc').items;
      while (items.length < 51) items.push(structuredClone(items[0]));
    },
    'too_large',
  ],
  [
    'a source read before it was published',
    (r) => {
      r.sources[0].read = '2000-01-01';
    },
    'date_order',
    'read is not before published',
  ],
  [
    'a term in working days on a channel without a calendar',
    (r) => {
      delete r.channels.find((c) => c.terms.some((t) => t.workingDays)).calendar;
    },
    'missing_key',
  ],
  [
    'a phrase nothing uses',
    (r) => {
      r.phrases.nobody_asks = text('Nobody asks for this.');
    },
    'unknown_key',
    "every phrase that is not the engine's is named by some channel's eligibility",
  ],
  [
    'validFrom after validTo',
    (r) => {
      const dated = first(r.channels, (v) => v.validFrom && v.validTo);
      dated.validFrom = '2099-01-01';
    },
    'date_order',
    'validTo is not before validFrom',
  ],
  // Keys and texts.
  [
    'an unknown top-level key',
    (r) => {
      r.extra = true;
    },
    'unknown_key',
  ],
  [
    'an unknown key on a channel',
    (r) => {
      r.channels[0].note = text('x');
    },
    'unknown_key',
  ],
  [
    'a text without Kazakh',
    (r) => {
      delete r.documents[0].title.kk;
    },
    'missing_key',
  ],
  [
    'a text in a fourth language',
    (r) => {
      r.documents[0].title.de = 'Pass';
    },
    'unknown_key',
  ],
  [
    'an empty Russian text',
    (r) => {
      r.documents[0].detail.ru = '';
    },
    'invalid_value',
  ],
  [
    'a Russian text of spaces and a line break',
    (r) => {
      r.documents[0].detail.ru = ' \n ';
    },
    'invalid_value',
  ],
  [
    'a placeholder where the engine fills in none',
    (r) => {
      r.documents[0].title.en = 'Passport valid on {date}';
    },
    'invalid_value',
  ],
  [
    'an engine phrase with a placeholder of another phrase',
    (r) => {
      r.phrases.day_off.en = '{date} is a day off ({since})';
    },
    'invalid_value',
  ],
  [
    'an engine phrase left out',
    (r) => {
      delete r.phrases.day_off;
    },
    'missing_key',
  ],
  [
    'a phrase whose name is no id',
    (r) => {
      r.phrases['Pilot countries'] = text('Pilot countries');
      r.channels[0].eligibility.push('Pilot countries');
    },
    'invalid_value',
  ],
  // Values.
  [
    'an id with a capital letter',
    (r) => {
      r.documents[0].id = 'Passport';
    },
    'invalid_value',
  ],
  [
    'an id of 65 characters',
    (r) => {
      r.sourceKinds[0].id = 'a'.repeat(65);
    },
    'invalid_value',
  ],
  [
    'a question whose id is an answer the engine reads itself',
    (r) => {
      r.questions[0].id = 'channel';
    },
    'invalid_value',
  ],
  [
    'a question with one option',
    (r) => {
      r.questions[0].options.length = 1;
    },
    'invalid_value',
  ],
  [
    'a version with a space',
    (r) => {
      r.version = '2026 12';
    },
    'invalid_value',
  ],
  [
    'an http address',
    (r) => {
      r.sources.find((s) => s.url).url = 'http://example.org/';
    },
    'invalid_value',
  ],
  [
    'an address of 501 characters',
    (r) => {
      r.sources.find((s) => s.url).url = `https://example.org/${'a'.repeat(481)}`;
    },
    'invalid_value',
  ],
  [
    'an address with a user name',
    (r) => {
      r.sources.find((s) => s.url).url = 'https://gov.kz@example.org/';
    },
    'invalid_value',
  ],
  [
    'an address with a backslash',
    (r) => {
      r.sources.find((s) => s.url).url = 'https://example.org\\evil/';
    },
    'invalid_value',
  ],
  [
    'an address with a host not in ASCII',
    (r) => {
      r.sources.find((s) => s.url).url = 'https://еgov.kz/';
    },
    'invalid_value',
  ],
  [
    'an address with a right-to-left override',
    (r) => {
      r.sources.find((s) => s.url).url = 'https://example.org/\u202Efdp.exe';
    },
    'invalid_value',
  ],
  [
    'an impossible calendar date',
    (r) => {
      r.calendar.years[0].daysOff[0].date = '2026-02-30';
    },
    'invalid_date',
  ],
  [
    'a published date with a one-digit month',
    (r) => {
      r.sources[0].published = '2025-4';
    },
    'invalid_date',
  ],
  [
    'a date before the year 1000',
    (r) => {
      r.asOf = '0999-12-31';
    },
    'invalid_date',
  ],
  [
    'an unknown way of submitting',
    (r) => {
      r.channels[0].whoMaySubmit = 'by_post';
    },
    'invalid_value',
  ],
  [
    'a calendar year of confidence weekdays_only',
    (r) => {
      r.calendar.years[0].confidence = 'weekdays_only';
    },
    'invalid_value',
  ],
  [
    'reviewAfterDays 0',
    (r) => {
      r.reviewAfterDays = 0;
    },
    'invalid_value',
  ],
  [
    'a term of 366 working days',
    (r) => {
      first(r.channels, (v) => v.workingDays).workingDays = 366;
    },
    'invalid_value',
  ],
  [
    'a weekend of all seven days',
    (r) => {
      r.calendar.weekend = [1, 2, 3, 4, 5, 6, 7];
    },
    'invalid_value',
  ],
  [
    'a weekday 8',
    (r) => {
      r.calendar.weekend = [6, 8];
    },
    'invalid_value',
  ],
  [
    'eleven month names',
    (r) => {
      r.dateFormat.months.ru.pop();
    },
    'invalid_value',
  ],
  [
    'the languages in another order',
    (r) => {
      r.languages = ['en', 'kk', 'ru'];
    },
    'invalid_value',
  ],
  [
    'schema 3',
    (r) => {
      r.schema = 3;
    },
    'unsupported_schema',
  ],
  [
    'a document id that is a number',
    (r) => {
      first(r, (v) => 'document' in v).document = 7;
    },
    'wrong_type',
  ],
  // What the hooks check and JSON Schema can say.
  [
    'validTo without the sources that give it',
    (r) => {
      delete r.channels.find((c) => c.validTo).validitySources;
    },
    'missing_source',
  ],
  [
    'endConfirmed without validTo',
    (r) => {
      r.channels.find((c) => !c.validTo).endConfirmed = true;
    },
    'invalid_value',
  ],
  [
    'validitySources without dates',
    (r) => {
      const undated = r.documents.find((d) => !d.validFrom && !d.validTo);
      undated.validitySources = [r.sources[0].id];
    },
    'invalid_value',
  ],
  [
    'a group with both oneOf and allOf',
    (r) => {
      const group = first(r, isGroup);
      group.allOf = structuredClone(group.oneOf);
    },
    'invalid_value',
  ],
  [
    'a group of one member',
    (r) => {
      first(r, isGroup).oneOf.length = 1;
    },
    'invalid_value',
  ],
  [
    'an age with both under and atLeast',
    (r) => {
      const { age } = first(r.channels, (v) => v.age);
      age.under = 18;
      age.atLeast = 16;
    },
    'invalid_value',
  ],
  [
    'a change that says nothing changed',
    (r) => {
      r.changeLog[0].changes[0] = { channel: 'psc', sources: [r.sources[0].id] };
    },
    'missing_key',
  ],
  [
    'an earlier edition that says nothing',
    (r) => {
      first(r.changeLog, (v) => v.was).was = {};
    },
    'invalid_value',
  ],
  [
    'a history entry about a category without its channel',
    (r) => {
      const entry = r.history.find((h) => !h.category);
      delete entry.channel;
      entry.category = 'spouse';
    },
    'missing_key',
  ],
  [
    'a form with a key beside when',
    (r) => {
      first(r, (v) => typeof v.notarizedTranslation === 'object').notarizedTranslation.also = true;
    },
    'wrong_type',
  ],
  [
    'a condition that lists no answer',
    (r) => {
      const { when } = first(r, (v) => v.when && Object.keys(v.when).some((k) => k !== 'representative'));
      when[Object.keys(when).find((k) => k !== 'representative')] = [];
    },
    'invalid_value',
  ],
  [
    'a rule that cites the same source twice',
    (r) => {
      r.channels[0].sources.push(r.channels[0].sources[0]);
    },
    'duplicate_id',
  ],
  [
    'a rule that cites no source',
    (r) => {
      r.channels[0].sources = [];
    },
    'missing_source',
  ],
  [
    'groups nested deeper than 32 levels',
    (r) => {
      const group = first(r, isGroup);
      let inner = group;
      for (let level = 0; level < 14; level++) {
        const next = { id: `nested_${level}`, title: text('Nested'), oneOf: structuredClone(inner.oneOf) };
        inner.oneOf = [next, structuredClone(inner.oneOf[1])];
        inner = next;
      }
    },
    'too_deep',
  ],
  // Only the engine can check these: references, uniqueness by key, order, bytes.
  [
    'a source cited that is not listed',
    (r) => {
      r.channels[0].sources.push('no_such_source');
    },
    'unknown_id',
    'Ids of sources of the ruleset, each once (only the engine checks that they are there)',
  ],
  [
    'a condition on an unknown question',
    (r) => {
      first(r, (v) => v.when).when.noSuchQuestion = ['yes'];
    },
    'unknown_id',
    'Only the engine checks that each question and option exists',
  ],
  [
    'two categories of one channel with the same id',
    (r) => {
      const { categories } = channel(r, 'consulate');
      categories.push(structuredClone(categories[0]));
    },
    'duplicate_id',
    'category ids are unique',
  ],
  [
    'a working weekend day on a weekday',
    (r) => {
      r.calendar.years[0].workingWeekends = [{ date: '2025-10-28', instead: '2025-10-27' }];
    },
    'invalid_value',
    'a working weekend day is a weekend day that is no day off',
  ],
  [
    'a title of 2,500 Cyrillic letters (5,000 bytes)',
    (r) => {
      r.documents[0].title.ru = 'б'.repeat(2500);
    },
    'too_large',
    'bytes of UTF-8 for the engine, characters for this schema',
  ],
  [
    'a day that may be a day off on a Sunday',
    (r) => {
      r.calendar.years.find((y) => y.mayBeDaysOff).mayBeDaysOff[0].date = '2027-05-16';
    },
    'invalid_value',
    'a day in mayBeDaysOff is a weekday that is no day off',
  ],
  [
    'minors up to the age of 19',
    (r) => {
      channel(r, 'psc').minors.under = 19;
    },
    'invalid_value',
  ],
  [
    'a fallback the phrases do not have',
    (r) => {
      channel(r, 'consulate').fallback = 'no_such_phrase';
    },
    'unknown_id',
    'Every id a rule names is listed where it points',
  ],
  [
    'askOffice as a word',
    (r) => {
      first(r, (v) => v.askOffice).askOffice = 'yes';
    },
    'wrong_type',
  ],
  [
    'a condition on being a minor answered with a word',
    (r) => {
      first(r, (v) => v.when?.minor).when.minor = ['yes'];
    },
    'wrong_type',
  ],
  // Changes both accept: the schema is no stricter than the engine.
  [
    'a text of spaces only',
    (r) => {
      r.documents[0].detail.ru = ' ';
    },
    'invalid_value',
  ],
  [
    'a status note with its placeholders',
    (r) => {
      channel(r, 'psc').statusNote = text('In force since {since}, read {read}');
    },
    null,
  ],
  [
    'a source without an address',
    (r) => {
      delete r.sources.find((s) => s.url).url;
    },
    null,
  ],
  [
    'an international domain in its xn-- form',
    (r) => {
      r.sources.find((s) => s.url).url = 'https://xn--80ao21a.xn--80ao21a/путь?q=1#часть';
    },
    null,
  ],
  [
    'a title of 4,000 characters',
    (r) => {
      r.documents[0].title.en = 'a'.repeat(4000);
    },
    null,
  ],
];

const PROFILE = [
  [
    'an http appointment link',
    (p) => {
      p.appointment = 'http://example.org/';
    },
    'invalid_value',
  ],
  [
    'a phone of six digits',
    (p) => {
      p.phone = '+1 555 01';
    },
    'invalid_value',
  ],
  [
    'a phone of sixteen digits',
    (p) => {
      p.phone = '+1 202 555 0143 12345';
    },
    'invalid_value',
  ],
  [
    'a phone without its country code',
    (p) => {
      p.phone = '555 0143 1234';
    },
    'invalid_value',
  ],
  [
    'a phone with a letter',
    (p) => {
      p.phone = '+1 202 555 CALL';
    },
    'invalid_value',
  ],
  [
    'a name without Kazakh',
    (p) => {
      delete p.name.kk;
    },
    'missing_key',
  ],
  [
    'an unknown key',
    (p) => {
      p.colour = 'blue';
    },
    'unknown_key',
  ],
  [
    'neither phone nor appointment',
    (p) => {
      delete p.phone;
      delete p.appointment;
    },
    'missing_key',
  ],
  [
    'schema 2',
    (p) => {
      p.schema = 2;
    },
    'unsupported_schema',
  ],
  [
    'an address of two lines',
    (p) => {
      p.address = '1 Example Street\nExampletown';
    },
    'invalid_value',
  ],
  [
    'an address of spaces',
    (p) => {
      p.address = '   ';
    },
    'invalid_value',
  ],
  [
    'an address of 301 characters',
    (p) => {
      p.address = 'a'.repeat(301);
    },
    'invalid_value',
  ],
  [
    'an impossible confirmed date',
    (p) => {
      p.confirmed = '2026-13-01';
    },
    'invalid_date',
  ],
  [
    'accepting as a word',
    (p) => {
      p.accepting = 'yes';
    },
    'wrong_type',
  ],
  [
    'notes with a placeholder',
    (p) => {
      p.notes.en = 'Closed on {date}';
    },
    'invalid_value',
  ],
  [
    '101 closed days',
    (p) => {
      p.closedDays = Array.from({ length: 101 }, (_, i) => ({
        date: new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10),
        name: text('Closed'),
      }));
    },
    'too_large',
  ],
  [
    'an extra category twice',
    (p) => {
      p.extraCategories.push(p.extraCategories[0]);
    },
    'duplicate_id',
  ],
  [
    '21 extra categories',
    (p) => {
      p.extraCategories = Array.from({ length: 21 }, (_, i) => `category_${i}`);
    },
    'too_large',
  ],
  [
    'closed days out of order',
    (p) => {
      p.closedDays.reverse();
    },
    'date_order',
    'closed days are listed once each, in date order',
  ],
  [
    'an extra category the rules do not have',
    (p) => {
      p.extraCategories = ['no_such_category'];
    },
    'unknown_id',
    'each extra category is a category of exactly one other channel',
  ],
  [
    'a channel the rules do not have',
    (p) => {
      p.channel = 'embassy';
    },
    'unknown_id',
    "The channel is one of the rules'",
  ],
  [
    'an address of 200 Cyrillic letters (400 bytes)',
    (p) => {
      p.address = 'б'.repeat(200);
    },
    'invalid_value',
    'bytes of UTF-8 for the engine, characters for this schema',
  ],
  [
    'open on no weekday',
    (p) => {
      p.openWeekdays = [];
    },
    'invalid_value',
  ],
  [
    'open on Monday twice',
    (p) => {
      p.openWeekdays = [1, 1, 2];
    },
    'invalid_value',
  ],
  [
    'open on an eighth weekday',
    (p) => {
      p.openWeekdays = [1, 8];
    },
    'invalid_value',
  ],
  [
    'confirmed on a day after today',
    (p) => {
      p.confirmed = '2099-01-01';
    },
    'date_order',
    'confirmed is not after the day the profile is read',
  ],
  // Changes both accept.
  [
    'open every day of the week',
    (p) => {
      p.openWeekdays = [1, 2, 3, 4, 5, 6, 7];
    },
    null,
  ],
  [
    'no phone, an appointment link',
    (p) => {
      delete p.phone;
    },
    null,
  ],
  [
    "no channel named (the consulates')",
    (p) => {
      delete p.channel;
    },
    null,
  ],
];

const refusedBySchema = (validate, data) =>
  validate(data)
    ? null
    : validate.errors
        .map((e) => `${e.instancePath || '/'} ${e.message}`)
        .slice(0, 3)
        .join('; ');
const refusedByEngine = async (options) => {
  try {
    await createChecker({ ...options, checklist: true });
    return null;
  } catch (error) {
    if (!['RulesetError', 'ProfileError'].includes(error.name)) throw error;
    return error.code;
  }
};

async function agree(cases, original, check, engineOptions, schemaFile) {
  const schema = schemaText(schemaFile);
  assert.equal(refusedBySchema(check, original), null, 'the schema refuses the unchanged data');
  assert.equal(await refusedByEngine(engineOptions(original)), null, 'the engine refuses the unchanged data');
  const disagreements = [];
  for (const [name, change, code, onlyTheEngine] of cases) {
    const data = structuredClone(original);
    change(data);
    const bySchema = refusedBySchema(check, data);
    const byEngine = await refusedByEngine(engineOptions(data));
    if (byEngine !== code) disagreements.push(`${name}: the engine says ${byEngine}, expected ${code}`);
    if (onlyTheEngine) {
      if (bySchema) disagreements.push(`${name}: the schema refuses it (${bySchema}), though it cannot say this rule`);
      if (!schema.includes(onlyTheEngine)) disagreements.push(`${name}: the schema does not say "${onlyTheEngine}"`);
    } else if (Boolean(bySchema) !== Boolean(code)) {
      disagreements.push(
        `${name}: the schema ${bySchema ? `refuses it (${bySchema})` : 'accepts it'}, the engine ${code ? 'refuses' : 'accepts'} it`,
      );
    }
  }
  assert.deepEqual(disagreements, []);
}

test('the rules: the schema refuses a changed ruleset exactly when the engine does', async () => {
  assert.ok(RULES.length >= 40, `${RULES.length} changes`);
  await agree(RULES, shippedRules, validateRules, (rules) => ({ rules }), 'ruleset.schema.json');
});

test('a mission profile: the schema refuses a changed profile exactly when the engine does', async () => {
  assert.ok(PROFILE.length >= 20, `${PROFILE.length} changes`);
  await agree(PROFILE, demoProfile, validateProfile, (profile) => ({ profile }), 'profile.schema.json');
});

test('the test fixture rules match the schema too', () => {
  assert.equal(refusedBySchema(validateRules, readJson(path.join(root, 'tests/fixtures/ruleset.json'))), null);
});
