// Byte budgets: they do not depend on the machine, so they are asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteDir } from './site.mjs';

const gzipped = (file) => gzipSync(readFileSync(path.join(siteDir, file)), { level: 9 }).length;

test('the compiled number checker and its loader stay under 60 KB gzip', () => {
  const bytes = gzipped('iin-checker-core.wasm') + gzipped('lib/start-module.js');
  console.log(`number checker module + loader: ${bytes} bytes gzip (budget 61440)`);
  assert.ok(bytes < 60 * 1024, `${bytes} bytes gzip`);
});

const CHECKLIST_BUDGET = 45 * 1024;
test(`the compiled checklist engine and its loader stay under ${CHECKLIST_BUDGET / 1024} KB gzip (the rules are data beside them)`, () => {
  const bytes = gzipped('iin-checklist-core.wasm') + gzipped('lib/checklist-core.js');
  console.log(
    `checklist module + loader: ${bytes} bytes gzip (budget ${CHECKLIST_BUDGET}, issue 8); ruleset.json: ${gzipped('ruleset.json')} bytes gzip`,
  );
  assert.ok(bytes < CHECKLIST_BUDGET, `${bytes} bytes gzip`);
});

// Not on a first visit (loaded when a list is first checked, then kept offline), but on every
// first use of Check many, often on a slow office connection: the module and the code that reads lists.
const MANY_BUDGET = 40 * 1024;
test(`Check many's compiled module and its code stay under ${MANY_BUDGET / 1024} KB gzip`, () => {
  const files = ['iin-many-core.wasm', 'lib/many-checker.js', 'lib/lines.js', 'lib/parts.js', 'lib/encoding.js'];
  const bytes = files.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`Check many's module + its code: ${bytes} bytes gzip (budget ${MANY_BUDGET})`);
  assert.ok(bytes < MANY_BUDGET, `${bytes} bytes gzip`);
});
