// The number module's wire (wasm/bindings/number.cpp ↔ web/lib/number-checker.js), described once
// by the module's layout export, and the one unit of too_long on both sides of the JavaScript gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteDir, siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const { startModule } = await import(siteModule('lib/start-module.js'));
const { outputText } = await import(siteModule('lib/start-module.js'));
const checker = await createChecker({ checklist: false });
const core = await startModule({ url: pathToFileURL(path.join(siteDir, 'iin-checker-core.wasm')) });
const layout = JSON.parse(outputText(core, core.iin_layout()));

test('the layout publishes the strides of the arrays, and they fit the wire', () => {
  assert.deepEqual(layout.text, { words: 2, offset: 0, length: 1 });
  assert.deepEqual(layout.issue, { words: 4, code: 0, position: 1, message: 2 });
  assert.equal(layout.maxSuggestions, 5);
  const { words } = layout;
  const order = Object.entries(words).sort((a, b) => a[1] - b[1]);
  // Each member ends where the next begins: no word unaccounted for, none shared.
  const size = {
    normalized: layout.text.words,
    birth_date: layout.text.words,
    iin_serial: layout.text.words,
    registered: layout.text.words,
    bin_serial: layout.text.words,
    suggestions: layout.text.words * layout.maxSuggestions,
    issues: layout.issue.words * layout.maxIssues,
    lines_rows: layout.rowOutcomes,
    row_restored: layout.text.words,
    row_only_agreeing: layout.text.words,
    row_birth_date: layout.text.words,
  };
  let next = 0;
  for (const [name, at] of order) {
    assert.equal(at, next, `${name} starts at word ${at}, after the member before it ends at ${next}`);
    next = at + (size[name] ?? 1);
  }
  assert.equal(next, layout.wordCount, 'the last member ends the wire');
});

test('a result with the most suggestions and several issues reads back whole', () => {
  // A wrong check digit: five suggestions, each a valid number of twelve digits.
  const r = checker.check('901123300257', { birthDate: '1990-11-24', gender: 'female', today: '2026-12-07' });
  assert.equal(r.suggestions.length, layout.maxSuggestions);
  for (const s of r.suggestions) assert.equal(checker.check(s).valid, true, s);
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['checksum_mismatch'],
  );
  assert.deepEqual(
    r.warnings.map((w) => w.code),
    ['birth_date_differs', 'gender_differs'],
  );
  assert.match(r.warnings[0].message, /1990-11-23, not 1990-11-24/);
  const bad = checker.check('12\u{1F600}4');
  assert.equal(bad.errors[0].position, 2);
  assert.match(bad.errors[0].message, /U\+1F600/);
});

test('too_long says the same, in bytes, whether the JavaScript gate or the module refuses it', () => {
  const limit = layout.maxInputBytes;
  const viaModule = checker.check('З'.repeat(3000)); // 3000 characters, 6000 bytes: read by the module
  const viaGate = checker.check('З'.repeat(5000)); // longer than the limit in characters: never copied
  const asciiGate = checker.check('7'.repeat(limit + 1));
  for (const r of [viaModule, viaGate, asciiGate]) {
    assert.equal(r.errors[0].code, 'too_long');
    assert.equal(
      r.errors[0].message,
      `The input is longer than ${limit} bytes (in UTF-8): a number is read from at most that many.`,
    );
  }
  assert.equal(checker.check('З'.repeat(limit / 2)).errors[0].code, 'invalid_character', 'exactly the limit is read');
  assert.equal(checker.checkMany(['З'.repeat(5000), 'З'.repeat(3000)]).outcome(0), 'too_long');
  assert.equal(checker.checkMany(['З'.repeat(5000), 'З'.repeat(3000)]).outcome(1), 'too_long');
});
