// The public API of build/site/iin-checker.js, through the real compiled module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();

test('a published IIN decodes to its birth date and gender', () => {
  const r = checker.check('901 123 300 258');
  assert.deepEqual(r, {
    input: '901 123 300 258',
    normalized: '901123300258',
    valid: true,
    kind: 'iin',
    errors: [],
    warnings: [],
    checkDigit: 8,
    expectedCheckDigit: 8,
    iin: { birthDate: '1990-11-23', gender: 'male', century: 20, serial: '0025' },
    bin: null,
    suggestions: [],
  });
});

test('a published BIN decodes to its registration month, entity and division', () => {
  const r = checker.check('990940003030');
  assert.equal(r.valid, true);
  assert.deepEqual(r.bin, { registered: '1999-09', entity: 'resident', division: 'head', serial: '00303' });
  assert.equal(r.iin, null);
});

test('every error code the API names can come back', () => {
  const cases = {
    empty: [' - '],
    invalid_character: ['9011x'],
    too_short: ['90112330025'],
    too_long: ['9011233002589'],
    unissuable_checksum: ['901123300030'],
    checksum_mismatch: ['901123300257'],
    invalid_birth_date: ['901323300255', { strict: true }],
    invalid_century_code: ['901123700253', { strict: true }],
    invalid_registration_month: ['151340000012', { strict: true }],
    invalid_entity_type: ['901172300255', { strict: true }],
    invalid_division: ['150149000011', { strict: true }],
    kind_mismatch: ['940140000385', { expect: 'iin' }],
  };
  for (const [code, [input, options]] of Object.entries(cases)) {
    const r = checker.check(input, options);
    assert.equal(r.errors[0]?.code, code, input);
    assert.equal(r.valid, false);
    assert.match(r.errors[0].message, /\w{3,}/);
  }
});

test('checksum_mismatch reports both digits and suggests valid numbers', () => {
  const r = checker.check('901123302058');
  assert.equal(r.checkDigit, 8);
  assert.equal(r.expectedCheckDigit, 6);
  assert.ok(r.suggestions.length >= 1 && r.suggestions.length <= 5);
  assert.equal(r.suggestions[0], '901123300258');
  for (const s of r.suggestions) assert.equal(checker.check(s).valid, true);
});

test('suggestions that agree with the given birth date and gender come first', () => {
  const r = checker.check('901123300250', { birthDate: '1990-11-23', gender: 'male' });
  const best = checker.check(r.suggestions[0]);
  assert.equal(best.iin.birthDate, '1990-11-23');
  assert.equal(best.iin.gender, 'male');
});

test('numbers issued since 2013 need not encode a birth date: valid with a warning', () => {
  const r = checker.check('123456789013');
  assert.equal(r.valid, true);
  assert.equal(r.kind, 'unknown');
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['no_encoded_data'],
  );
  assert.match(r.warnings[0].message, /2013/);
  assert.equal(checker.check('123456789013', { strict: true }).valid, false);
});

test('cross-checks are warnings with both values', () => {
  const r = checker.check('901123300258', { birthDate: '1990-11-24', gender: 'female' });
  assert.equal(r.valid, true);
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['birth_date_differs', 'gender_differs'],
  );
  assert.match(r.warnings[0].message, /1990-11-23.*1990-11-24/);
});

test('positions count characters, not bytes or UTF-16 units', () => {
  assert.equal(checker.check('\u{1F600}9').errors[0].position, 0);
  assert.equal(checker.check('\u00a0\u{1F600}').errors[0].position, 1);
  assert.equal(checker.check('12\u{1F600}\u{1F600}x').errors[0].position, 2);
  const r = checker.check('90112З300258'); // Cyrillic Ze for 3
  assert.equal(r.errors[0].position, 5);
  assert.match(r.errors[0].message, /Cyrillic letter Ze, not the digit 3/);
});

test('hostile strings give a clear error result', () => {
  assert.match(checker.check('7'.repeat(4000)).errors[0].message, /Found 4000 digits/);
  const huge = '7'.repeat(1 << 20);
  const r = checker.check(huge);
  assert.equal(r.errors[0].code, 'too_long');
  assert.match(r.errors[0].message, /longer than 4096 bytes \(in UTF-8\)/);
  assert.equal(checker.check('x'.repeat(1 << 20)).errors[0].code, 'too_long');
  assert.equal(checker.check('x'.repeat(4000)).errors[0].position, 0);
  assert.match(checker.check('9\u0000').errors[0].message, /control character U\+0000/);
  assert.equal(checker.check('9\ud800').errors[0].position, 1); // a lone surrogate
  assert.equal(checker.check('\udc00\ud800').errors[0].position, 0);
  assert.equal(checker.check('901123300258').valid, true); // and the checker still works
});

test('non-strings are TypeErrors that say what to pass', () => {
  assert.throws(() => checker.check(61211600012), { name: 'TypeError', message: /leading zeros/ });
  assert.throws(() => checker.check(61211600012n), { name: 'TypeError', message: /leading zeros/ });
  for (const value of [null, undefined, {}, ['901123300258'], true]) {
    assert.throws(() => checker.check(value), { name: 'TypeError', message: /must be a string/ });
  }
  assert.throws(() => checker.checkMany(null), TypeError);
  assert.throws(() => checker.checkMany(['901123300258', 901123300258]), { message: /\[1\].*leading zeros/ });
});

test('bad options are named, with a code and a path', () => {
  assert.throws(() => checker.check('1', { stric: true }), {
    name: 'TypeError',
    code: 'unknown_key',
    path: 'options.stric',
    message: /'stric'/,
  });
  assert.throws(() => checker.check('1', { expect: 'person' }), {
    name: 'RangeError',
    code: 'invalid_value',
    path: 'options.expect',
    message: /'iin' or 'bin', not 'person'/,
  });
  assert.throws(() => checker.check('1', { birthDate: '1990-02-30' }), {
    name: 'RangeError',
    code: 'invalid_value',
    path: 'options.birthDate',
    message: /YYYY-MM-DD/,
  });
  assert.throws(() => checker.check('1', { gender: 'm' }), {
    name: 'RangeError',
    code: 'invalid_value',
    path: 'options.gender',
    message: /'male' or 'female'/,
  });
  assert.throws(() => checker.check('1', { strict: 'yes' }), { name: 'TypeError' });
  assert.throws(() => checker.check('1', 'strict'), { name: 'TypeError' });
  assert.equal(checker.check('901123300258').valid, true); // a rejected option changes nothing
});

test('checkMany over text: counts, compact codes, lines and full results on demand', () => {
  const batch = checker.checkMany('901123300258\r\n901123300257\n\n"940140000385"\nIIN\n');
  assert.equal(batch.total, 4);
  assert.equal(batch.valid, 2);
  assert.equal(batch.invalid, 2);
  assert.equal(batch.blank, 1);
  assert.ok(batch.codes instanceof Uint8Array);
  assert.equal(batch.codes.length, 5);
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((i) => batch.outcome(i)),
    ['valid', 'checksum_mismatch', 'blank', 'valid', 'invalid_character'],
  );
  assert.equal(batch.line(3), '"940140000385"');
  assert.equal(batch.line(4), 'IIN');
  assert.equal(batch.result(3).bin.entity, 'resident');
  assert.equal(batch.result(1).suggestions.length > 0, true);
  assert.equal(batch.codeNames[batch.codes[1]], 'checksum_mismatch');
  assert.throws(() => batch.line(5), RangeError);
});

test('checkMany over an array keeps one result per item, line breaks and all', () => {
  const batch = checker.checkMany(['901123300258', '', '9011\n23300258', 'x']);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => batch.outcome(i)),
    ['valid', 'empty', 'valid', 'invalid_character'],
  );
  assert.equal(batch.total, 4);
  assert.equal(batch.line(2), '9011\n23300258');
  assert.equal(checker.checkMany([]).total, 0);
});

test('checkMany applies the options to every line and to results on demand', () => {
  const batch = checker.checkMany('901123300258\n940140000385', { expect: 'bin' });
  assert.deepEqual([batch.outcome(0), batch.outcome(1)], ['kind_mismatch', 'valid']);
  checker.check('1', { strict: true });
  assert.equal(batch.result(0).errors[0].code, 'kind_mismatch');
});

test('a million lines need no million objects: codes are one byte per line', () => {
  const text = '901123300258\n'.repeat(1_000_000);
  const batch = checker.checkMany(text);
  assert.equal(batch.total, 1_000_000);
  assert.equal(batch.valid, 1_000_000);
  assert.equal(batch.codes.byteLength, 1_000_000);
});

test('version is the project version', () => {
  assert.match(checker.version, /^\d+\.\d+\.\d+$/);
});

test('createChecker rejects unknown options and a missing module clearly', async () => {
  await assert.rejects(createChecker({ wasmURL: 'x' }), { name: 'TypeError', message: /'wasmURL'/ });
  await assert.rejects(createChecker({ wasmUrl: './nowhere/' }), /Could not start the IIN checker/);
});

test("Check many's module checks single numbers too; { many: false } loads the smaller one, without lists", async () => {
  const { readFileSync } = await import('node:fs');
  const bytes = (file) => readFileSync(new URL(siteModule(file)));
  const single = await createChecker({
    checklist: false,
    many: false,
    wasmBinaries: { checker: bytes('iin-checker-core.wasm') },
  });
  const lists = await createChecker({ checklist: false, wasmBinaries: { many: bytes('iin-many-core.wasm') } });
  for (const input of ['901123300258', '901123300257', '1234', 'abc'])
    assert.deepEqual(single.check(input), lists.check(input));
  assert.equal(lists.checkMany('901123300258\n901123300257').valid, 1);
  assert.throws(() => single.checkMany('901123300258'), /many: false/);
  await assert.rejects(createChecker({ checklist: false, wasmBinaries: { checker: bytes('iin-checker-core.wasm') } }), {
    name: 'RangeError',
    path: 'options.wasmBinaries.checker',
    message: /wasmBinaries\.many \(iin-many-core\.wasm/,
  });
  await assert.rejects(createChecker({ many: false, wasmBinaries: { many: bytes('iin-many-core.wasm') } }), {
    name: 'RangeError',
    path: 'options.wasmBinaries.many',
  });
  // Each module is the file this build made: the other one's bytes are refused by their hash.
  await assert.rejects(createChecker({ checklist: false, wasmBinaries: { many: bytes('iin-checker-core.wasm') } }), {
    code: 'hash_mismatch',
    message: /iin-many-core\.wasm is not the file this version/,
  });
});

test('checkRecord judges one record as the batch did', () => {
  const text = 'name;iin;born\nAigerim;901123300258;23.11.1990\nBolat;901123300258;01.01.1991';
  const batch = checker.checkMany(text);
  for (let i = 0; i < batch.total; i += 1) {
    assert.deepEqual(checker.checkRecord(batch.line(i), batch.layout), batch.row(i));
  }
  assert.equal(checker.checkRecord(batch.line(1), batch.layout).outcome, 'birth_date_mismatch');
});
