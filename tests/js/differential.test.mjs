// The compiled module against the plain-JS oracle on over a million random and mutated inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';
import { oracle, oracleSuggestions } from './oracle.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();

// A small deterministic generator, so a failure can be replayed.
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return { int: (n) => next() % n, pick: (list) => list[next() % list.length] };
}

const SEEDS = [
  '901123300258',
  '791028302728',
  '061211600012',
  '940140000385',
  '990140004654',
  '990940003030',
  '000229500018',
  '000229300015',
  '750312200015',
  '150163000127',
  '123456789013',
];
const NOISE = [
  ' ',
  '-',
  '.',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2009',
  '\u202f',
  'x',
  'O',
  '\u041e',
  '\u0417',
  '\uff11',
  '\u0000',
  '\ud83d',
  '\ude00',
  '\ud83d\ude00',
  '\u00e9',
  ',',
  '+',
  '\u2007',
  '\u3000',
];

function validFrom(r, prefix11) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const d = [...prefix11].map(Number);
    let a = 0;
    for (let i = 0; i < 11; i += 1) a += d[i] * (i + 1);
    if (a % 11 !== 10) return prefix11 + (a % 11);
    prefix11 = prefix11.slice(0, 10) + r.int(10);
  }
  return prefix11 + '0';
}

function randomDigits(r, n) {
  let s = '';
  for (let i = 0; i < n; i += 1) s += r.int(10);
  return s;
}

// Plausible numbers (real dates and BIN fields), plain random digits, and slips of both.
function makeInput(r) {
  const kind = r.int(10);
  let s;
  if (kind < 3) {
    s = randomDigits(r, 12);
  } else if (kind < 5) {
    const y = pad2(r.int(100)),
      m = pad2(1 + r.int(13)),
      day = pad2(r.int(32));
    s = validFrom(r, `${y}${m}${day}${r.int(10)}${randomDigits(r, 4)}`);
  } else if (kind < 6) {
    s = validFrom(r, `${pad2(r.int(100))}${pad2(r.int(14))}${r.int(10)}${r.int(10)}${randomDigits(r, 5)}`);
  } else {
    s = r.pick(SEEDS);
  }
  const mutations = r.int(4);
  for (let m = 0; m < mutations; m += 1) s = mutate(r, s);
  return s;
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

function mutate(r, s) {
  const at = r.int(s.length + 1);
  switch (r.int(6)) {
    case 0:
      return s.slice(0, at) + r.int(10) + s.slice(at + 1); // change a digit
    case 1:
      return at + 1 < s.length ? s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2) : s; // swap
    case 2:
      return s.slice(0, at) + s.slice(at + 1); // drop a character
    case 3:
      return s.slice(0, at) + r.int(10) + s.slice(at); // add a digit
    default:
      return s.slice(0, at) + r.pick(NOISE) + s.slice(at); // separators and junk
  }
}

function comparable(result) {
  return {
    valid: result.valid,
    kind: result.kind,
    errors: result.errors.map((e) => e.code),
    warnings: result.warnings.map((w) => w.code),
    normalized: result.normalized,
    checkDigit: result.checkDigit,
    expectedCheckDigit: result.expectedCheckDigit,
    iin: result.iin,
    bin: result.bin,
    position: result.errors[0]?.position,
  };
}

// Every set names its day: plausible numbers read as born or registered up to 2099, some after it.
const TODAY = '2026-12-07';
const OPTION_SETS = [
  { today: TODAY },
  { strict: true, today: TODAY },
  { expect: 'iin', today: TODAY },
  { strict: true, expect: 'bin', today: '2049-01-31' },
  { birthDate: '1990-11-23', gender: 'female', today: TODAY },
];
const TOTAL = 1_000_000;

test(`check() agrees with the oracle on ${TOTAL.toLocaleString('en')} inputs, suggestions and their order too`, () => {
  const r = generator(20261125);
  let disagreements = 0;
  let suggested = 0;
  const examples = [];
  for (let i = 0; i < TOTAL; i += 1) {
    const input = makeInput(r);
    const options = OPTION_SETS[i % OPTION_SETS.length];
    const result = checker.check(input, options);
    const got = { ...comparable(result), suggestions: result.suggestions };
    const want = oracle(input, options);
    want.suggestions = ['checksum_mismatch', 'unissuable_checksum'].includes(want.errors[0])
      ? oracleSuggestions(want.normalized, options)
      : [];
    suggested += want.suggestions.length > 0;
    try {
      assert.deepStrictEqual(got, want);
    } catch {
      disagreements += 1;
      if (examples.length < 5) examples.push({ input, options, got, want });
    }
  }
  assert.equal(disagreements, 0, `disagreements, first ones: ${JSON.stringify(examples, null, 1)}`);
  assert.ok(suggested > TOTAL / 10, `only ${suggested} inputs had suggestions`);
});

// 'leading_zero_lost' when the oracle finds the digits, with zeros before them to make twelve, valid.
function zerosLost(input, options = {}) {
  const { normalized } = oracle(input, options);
  if (normalized.length < 10 || normalized.length > 11) return 'too_short';
  return oracle(normalized.padStart(12, '0'), options).errors.length === 0 ? 'leading_zero_lost' : 'too_short';
}

test('checkMany() agrees with the oracle line by line, as text and as an array, strict or not', () => {
  const r = generator(7);
  const inputs = [];
  for (let i = 0; i < 200_000; i += 1) {
    const input = makeInput(r);
    if (!/[\n\r,;\t"]/.test(input)) inputs.push(input); // a line's own line breaks and CSV fields aside
  }
  for (const options of [{ today: TODAY }, { strict: true, today: TODAY }]) {
    const expectedCodes = inputs.map((input) => oracle(input, options).errors[0] ?? 'ok');
    // In a text, a number of 10 or 11 digits that is valid with its leading zeros put back lost them.
    const inText = inputs.map((input, i) =>
      expectedCodes[i] === 'too_short' ? zerosLost(input, options) : expectedCodes[i],
    );
    const asText = checker.checkMany(inputs.join('\n'), options);
    const asArray = checker.checkMany(inputs, options);
    for (const batch of [asArray, asText]) {
      let mismatches = 0;
      let valid = 0;
      inputs.forEach((input, i) => {
        const want = batch === asText ? inText[i] : expectedCodes[i];
        const got = batch.outcome(i);
        const blankInText = batch === asText && want === 'empty';
        if (want === 'ok') valid += 1;
        if (!(got === (want === 'ok' ? 'valid' : want) || (blankInText && got === 'blank'))) mismatches += 1;
      });
      assert.equal(mismatches, 0, JSON.stringify(options));
      assert.equal(batch.valid, valid);
    }
    if (options.strict) assert.ok(expectedCodes.includes('born_in_future'), 'some numbers are from the future');
  }
});

// Multi-column text: every line's number sits in one field among names and other columns, quoted
// when it must be, with every separator, line end, a header and a byte-order mark; the checker
// must find each number exactly as it was written and judge it as check() does.
const NAME_PARTS = [
  'Aigerim',
  'Ivanov',
  'Дана',
  'Сейтқали',
  "O'Brien",
  'Smith, Jr.',
  'say "hi"',
  'a;b',
  'tab\there',
  '',
  ' ',
];

function csvField(value, separator) {
  return value.includes('"') || value.includes(separator) || value.startsWith(' ')
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

test('checkMany() on multi-column text finds each number and agrees with the oracle', () => {
  const r = generator(11);
  let lines = 0;
  for (let round = 0; round < 300; round += 1) {
    const separator = r.pick([',', ';', '\t']);
    const columns = 1 + r.int(4);
    const column = r.int(columns);
    const header = r.int(2) === 1;
    const end = r.pick(['\n', '\r\n', '\r']);
    const numbers = [];
    const rows = [];
    for (let i = 0; i < 200; i += 1) {
      let number = makeInput(r);
      if (/[\r\n]/.test(number)) number = number.replace(/[\r\n]/g, '');
      numbers.push(number);
      const fields = [];
      for (let c = 0; c < columns; c += 1)
        fields.push(c === column ? number : r.pick(NAME_PARTS).replace(/\t/g, separator === '\t' ? ' ' : '\t'));
      rows.push(fields.map((field) => csvField(field, separator)).join(separator));
    }
    const names = Array.from({ length: columns }, (_, c) => (c === column ? 'IIN' : `name ${'abc'[c % 3]}`));
    const text = `${r.int(2) ? '\ufeff' : ''}${header ? `${names.join(separator)}${end}` : ''}${rows.join(end)}${r.int(2) ? end : ''}`;
    const options = OPTION_SETS[round % OPTION_SETS.length];
    const batch = checker.checkMany(text, { ...options, separator, column, header });
    assert.equal(batch.codes.length, numbers.length);
    numbers.forEach((number, i) => {
      let want = oracle(number, options).errors[0] ?? 'ok';
      if (want === 'too_short') want = zerosLost(number, options);
      const expected = want === 'ok' ? 'valid' : want === 'empty' ? 'blank' : want;
      assert.equal(batch.outcome(i), expected, JSON.stringify({ line: batch.line(i), number, separator, column }));
      assert.equal(batch.fields(i)[column], number);
    });
    lines += numbers.length;
  }
  assert.equal(lines, 60_000);
});
