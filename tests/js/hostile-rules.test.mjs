// A malformed or hostile rules file through the public API: always a RulesetError with a code and a
// JSON Pointer, never a crash, and the module keeps working for the next checker. (The native tests
// refuse every construct one by one; these go through JavaScript and the real module.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir, siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const source = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'), 'utf8'),
);
const TODAY = '2026-11-25';

const changed = (change) => {
  const rules = structuredClone(source);
  change(rules);
  return rules;
};
const psc = (rules) => rules.channels.find((c) => c.id === 'psc');

const CASES = [
  [
    'a typo in a key',
    (r) => {
      r.documents[1].titel = r.documents[1].title;
    },
    'unknown_key',
    '/documents/1/titel',
  ],
  [
    'a missing language',
    (r) => {
      delete r.sources[0].title.kk;
    },
    'missing_key',
    '/sources/0/title',
  ],
  [
    'a dangling source',
    (r) => {
      psc(r).sources.push('nobody');
    },
    'unknown_id',
    null,
  ],
  [
    'a rule with no source',
    (r) => {
      psc(r).sources = [];
    },
    'missing_source',
    null,
  ],
  [
    'a date that does not exist',
    (r) => {
      r.asOf = '2026-02-29';
    },
    'invalid_date',
    '/asOf',
  ],
  [
    'an unknown holiday',
    (r) => {
      r.calendar.years[1].daysOff[0].holiday = 'carnival';
    },
    'unknown_id',
    '/calendar/years/1/daysOff/0/holiday',
  ],
  [
    'a day off on a Sunday',
    (r) => {
      r.calendar.years[1].daysOff[1].date = '2026-01-04';
      r.calendar.years[1].daysOff.splice(2, 0);
    },
    'invalid_value',
    '/calendar/years/1/daysOff/1/date',
  ],
  [
    'a placeholder nobody fills',
    (r) => {
      r.phrases.day_off.en = '{date} is {holiday} in {city}.';
    },
    'invalid_value',
    '/phrases/day_off/en',
  ],
  [
    'a string for a list',
    (r) => {
      r.channels = 'psc';
    },
    'wrong_type',
    '/channels',
  ],
  [
    'the previous schema',
    (r) => {
      r.schema = 1;
    },
    'unsupported_schema',
    '/schema',
  ],
  [
    'a phrase the engine needs, gone',
    (r) => {
      delete r.phrases.only_if;
    },
    'missing_key',
    '/phrases',
  ],
];

test('each broken file is refused with its code and where', async () => {
  for (const [what, change, code, pointer] of CASES) {
    const rules = changed(change);
    await assert.rejects(createChecker({ rules }), (error) => {
      assert.equal(error.name, 'RulesetError', what);
      assert.equal(error.code, code, `${what}: ${error.message}`);
      if (pointer) assert.equal(error.path, pointer, `${what}: ${error.message}`);
      assert.ok(error.path.startsWith('/'), `${what}: ${error.path}`);
      assert.ok(error.message.includes(error.path), what);
      return true;
    });
  }
});

test('text that is no ruleset is refused, however large or deep', async () => {
  const refusal = async (rules, code) => {
    await assert.rejects(createChecker({ rules }), (error) => error.name === 'RulesetError' && error.code === code);
  };
  await refusal('{"schema": 2,', 'not_json');
  await refusal('', 'not_json');
  await refusal('[1, 2, 3]', 'wrong_type');
  await refusal('"rules"', 'wrong_type');
  await refusal('['.repeat(100_000) + ']'.repeat(100_000), 'too_deep');
  await refusal(' '.repeat(2 * 1024 * 1024), 'too_large');
  await refusal('{"schema": 2, "schema": 2}', 'duplicate_key');
  // What JSON.parse refuses, the engine refuses too (N6), with no parser internals in the message.
  const shipped = readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8');
  for (const [what, text] of [
    ['a byte-order mark', `\uFEFF${shipped}`],
    ['a NUL and more after the rules', `${shipped}\u0000garbage{{`],
    ['a number out of range', '{"schema": 1e400}'],
  ]) {
    if (!what.includes('number')) assert.throws(() => JSON.parse(text), what); // JSON.parse makes it Infinity
    await assert.rejects(createChecker({ rules: text }), (error) => {
      assert.equal(error.code, 'not_json', `${what}: ${error.message}`);
      assert.doesNotMatch(error.message, /json\.exception|\[/, what);
      return true;
    });
  }
  await refusal(`{"a": "${'\u0000'}"}`, 'not_json');
  await refusal(JSON.stringify({ ...source, channels: Array(1001).fill(source.channels[0]) }), 'too_large');
});

test('after all that, the module still answers', async () => {
  const checker = await createChecker();
  assert.equal(checker.checklist({ channel: 'psc', today: TODAY }).channel.id, 'psc');
  const again = await createChecker({ rules: source });
  assert.equal(again.assess({ channel: 'psc', today: TODAY }).ready, false);
});

test('a megabyte of sources and references: refused with a clear error or loaded, never a crash', async () => {
  // Many sources, each cited by many rules: the shape that once took seconds (a linear lookup per
  // reference). The benchmark (tests/bench/rules.mjs) prints how long it takes.
  const rules = structuredClone(source);
  const { kind, published, read } = rules.sources[0];
  const words = { en: 'A copy', ru: 'Копия', kk: 'Көшірме' };
  const extra = Array.from({ length: 900 }, (_, i) => ({
    id: `copy_${i}`,
    kind,
    title: words,
    publisher: words,
    published,
    read,
  }));
  rules.sources.push(...extra);
  // Fill rules' lists of sources with references until the file nears the 1 MB limit.
  const lists = [];
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const key of ['sources', 'validitySources']) {
        if (Array.isArray(value[key]) && typeof value[key][0] === 'string') lists.push(value[key]);
      }
      Object.values(value).forEach(collect);
    }
  };
  collect([rules.channels, rules.history, rules.calendar]);
  for (const list of lists) {
    if (Buffer.byteLength(JSON.stringify(rules)) > 1_000_000) break;
    list.push(...extra.slice(0, 999 - list.length).map((s) => s.id));
  }
  const text = JSON.stringify(rules);
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes > 900_000 && bytes <= 1024 * 1024, `${bytes} bytes`);
  const big = await createChecker({ rules: text });
  assert.equal(big.rules.builtIn, false);
  assert.ok(big.checklist({ channel: 'consulate', category: 'spouse', today: TODAY }).sources.length > 800);
});
