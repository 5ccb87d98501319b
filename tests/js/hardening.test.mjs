// One test per finding of the hostile testing (issue 10, "Hardening"), through the built module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteDir, siteModule, testModulesDir } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const { ManyChecker } = await import(siteModule('lib/many-checker.js'));
const { startModule } = await import(siteModule('lib/start-module.js'));
const checker = await createChecker({ checklist: false });

// A fresh Check many module, its memory in view: from the site, or the test-only one with a 32 MB ceiling.
async function freshModule(small = false) {
  const file = small ? path.join(testModulesDir, 'iin-many-core-small.wasm') : path.join(siteDir, 'iin-many-core.wasm');
  const core = await startModule({ url: pathToFileURL(file) });
  return { core, numbers: new ManyChecker(core) };
}
const memoryBytes = (core) => core.memory.buffer.byteLength;

test('a string of half a billion characters answers too_long at once, and nothing is copied', async () => {
  const { core, numbers } = await freshModule();
  const before = memoryBytes(core);
  const huge = '7'.repeat(2 ** 29 - 24); // the longest string V8 makes: 1 GB of UTF-16
  const started = process.hrtime.bigint();
  const result = numbers.check(huge);
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  assert.equal(result.errors[0].code, 'too_long');
  assert.equal(result.valid, false);
  assert.equal(memoryBytes(core), before, "the module's memory did not grow");
  console.log(`check() of ${huge.length} characters answered in ${milliseconds.toFixed(2)} ms`);
  assert.throws(() => numbers.check('1', { expect: huge }), {
    name: 'RangeError',
    code: 'invalid_value',
    path: 'options.expect',
  });
  assert.throws(() => numbers.checkMany('1', { column: huge }), { name: 'RangeError', path: 'options.column' });
  assert.equal(memoryBytes(core), before);
});

test('a failed allocation leaves the module usable (a module with a 32 MB ceiling)', async () => {
  const { numbers } = await freshModule(true);
  const big = '901123300258\n'.repeat(4_000_000); // 52 MB of text: more than the module may have
  assert.throws(() => numbers.checkMany(big), { name: 'RangeError', code: 'too_large', path: 'checkMany(input)' });
  assert.throws(() => numbers.checkMany(big.split('\n', 3_000_000)), { name: 'RangeError', code: 'too_large' });
  const codesTooMany = '1\n'.repeat(11_000_000); // fits as text (22 MB), but not with a code per line
  assert.throws(() => numbers.checkMany(codesTooMany), { name: 'RangeError', code: 'too_large' });
  assert.equal(numbers.check('901123300258').valid, true);
  assert.equal(numbers.checkMany('901123300258\n940140000385').valid, 2);
  assert.equal(numbers.checkMany('901123300258\n'.repeat(100_000)).valid, 100_000);
});

test('one non-ASCII line does not triple the memory of a whole batch', async () => {
  const ascii = `${'Aigerim Bekova,901123300258\n'.repeat(400_000)}`;
  const accented = `Aigérim Bekova,901123300258\n${ascii.slice(28)}`;
  assert.equal(accented.length, ascii.length);
  const memory = async (text) => {
    const { core, numbers } = await freshModule();
    assert.equal(numbers.checkMany(text).valid, 400_000);
    return memoryBytes(core);
  };
  const [plain, one] = [await memory(ascii), await memory(accented)];
  console.log(`module memory after checkMany: ASCII ${plain} bytes, with one non-ASCII line ${one} bytes`);
  assert.ok(one <= plain * 1.25, `${one} > 1.25 × ${plain}`);
});

test('options are checked before any cache: the same answer whatever came before', () => {
  for (const previous of [undefined, { strict: true }, { strict: false }]) {
    checker.check('901123300258', previous);
    assert.throws(() => checker.check('1', { strict: 'yes' }), {
      name: 'TypeError',
      code: 'wrong_type',
      path: 'options.strict',
    });
    assert.throws(() => checker.check('1', { strict: 0 }), { name: 'TypeError', path: 'options.strict' });
    assert.throws(() => checker.check('1', { strict: 1 }), { name: 'TypeError', path: 'options.strict' });
    assert.throws(() => checker.checkMany('1', { strict: 0 }), { name: 'TypeError', path: 'options.strict' });
  }
  assert.equal(checker.check('123456789013', { strict: true }).valid, false);
  assert.equal(checker.check('123456789013').valid, true);
});

test("a batch keeps what it checked: changing the caller's array later changes nothing", () => {
  const items = ['901123300258', 'x'];
  const batch = checker.checkMany(items);
  items[0] = 'changed';
  items[1] = '940140000385';
  items.push('more');
  assert.deepEqual([batch.line(0), batch.line(1)], ['901123300258', 'x']);
  assert.deepEqual([batch.outcome(0), batch.outcome(1)], ['valid', 'invalid_character']);
  assert.equal(batch.result(0).valid, true);
  assert.equal(batch.result(1).errors[0].code, 'invalid_character');
  assert.throws(() => batch.line(2), RangeError);
});

test('every message names real values: no "undefined undefined", no "[object Object]"', () => {
  const calls = [
    () => checker.check(undefined),
    () => checker.check(null),
    () => checker.check({}),
    () => checker.check(Symbol('s')),
    () => checker.check('1', { expect: 5 }),
    () => checker.check('1', { strict: undefined, gender: {} }),
    () => checker.check('1', { birthDate: 'x'.repeat(100) }),
    () => checker.checkMany(undefined),
    () => checker.checkMany([undefined]),
    () => checker.checkMany('1', { column: {} }),
    () => checker.checkMany('1', { header: null }),
    () => checker.checkMany('1').line(7),
    () => checker.checkMany('').line(0),
    () => checker.check('1', 'strict'),
  ];
  for (const call of calls) {
    let error;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    assert.ok(error, String(call));
    assert.doesNotMatch(error.message, /undefined undefined|\[object |NaN/, error.message);
    assert.ok(typeof error.code === 'string' && typeof error.path === 'string', error.message);
  }
  assert.throws(() => checker.check(undefined), { message: /not undefined\./ });
  assert.throws(() => checker.check('1', { expect: 5 }), { message: /leading zeros|the number 5/ });
});

test('look-alike characters are named: Greek, Persian, Arabic-Indic and full-width digits', () => {
  const hints = {
    '90112\u039f300258': /Greek letter omicron, not the digit 0/,
    '9011233002\u06f58': /Persian digit/,
    '9011233002\u06658': /Arabic-Indic digit/,
    '9011233002\uff158': /full-width digit/,
    '90112\u041e300258': /Cyrillic letter O/,
  };
  for (const [input, hint] of Object.entries(hints)) {
    const error = checker.check(input).errors[0];
    assert.equal(error.code, 'invalid_character');
    assert.match(error.message, hint, input);
  }
});

test('direction marks are refused with their own code and position, the mark not echoed', () => {
  for (const mark of [
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
  ]) {
    const result = checker.check(`901${mark}123300258`);
    assert.equal(result.errors[0].code, 'bidi_control', mark.codePointAt(0).toString(16));
    assert.equal(result.errors[0].position, 3);
    assert.ok(!result.errors[0].message.includes(mark));
    assert.match(result.errors[0].message, /U\+20[026][0-9A-F]/);
  }
  const batch = checker.checkMany(`901123300258\n\u202e852003321109`);
  assert.equal(batch.outcome(1), 'bidi_control');
});
