// The checklist module links its own strtod and snprintf (wasm/src/shared/small_libc.hpp; the native
// tests and a fuzzer hold them against the C library's). These reach both through the real module:
// numbers with a fraction or an exponent (strtod), and raw control characters, which the parser's
// error message names with snprintf("<U+%.4X>").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const rulesText = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'),
  'utf8',
);
const refused = async (rules) => {
  try {
    await createChecker({ rules });
  } catch (error) {
    return error;
  }
  assert.fail('the rules were accepted');
};

test('a number with a fraction or an exponent is read, and refused for its type where a whole number is due', async () => {
  for (const written of ['30.5', '3.05e1', '-0.125', '1E+2', '2.5e-3', '1e-400']) {
    const error = await refused(rulesText.replace(/"reviewAfterDays": \d+/, `"reviewAfterDays": ${written}`));
    assert.equal(error.name, 'RulesetError', written);
    assert.equal(error.code, 'wrong_type', written);
    assert.equal(error.path, '/reviewAfterDays', written);
    assert.match(error.message, /found a number/, written);
  }
  const overflow = await refused(rulesText.replace(/"reviewAfterDays": \d+/, '"reviewAfterDays": 1e400'));
  assert.equal(overflow.code, 'not_json');
  assert.match(overflow.message, /number overflow parsing '1e400'/);
  const checker = await createChecker();
  assert.throws(
    () => checker.checklist({ channel: 'psc', today: '2026-12-07', representative: 0.5 }),
    (error) => error.code === 'wrong_type' && error.path === 'answers.representative',
  );
});

test('a raw control character is named in the message, with its code point', async () => {
  for (const [character, named] of [
    ['\u0001', '<U+0001>'],
    ['\u001f', '<U+001F>'],
  ]) {
    const error = await refused(`{"schema": 2, "version": "a${character}"}`);
    assert.equal(error.code, 'not_json');
    assert.ok(error.message.includes(named), error.message);
  }
});
