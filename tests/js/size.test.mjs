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

// 45 KB until mission profiles (their loader, the mission's word on statuses, closed days and
// extra categories) added about 3 KB.
test('the compiled checklist engine and its loader stay under 47 KB gzip (the rules are data beside them)', () => {
  const bytes = gzipped('iin-checklist-core.wasm') + gzipped('lib/checklist-core.js');
  console.log(`checklist module + loader: ${bytes} bytes gzip (budget 48128); ruleset.json: ${gzipped('ruleset.json')} bytes gzip`);
  assert.ok(bytes < 47 * 1024, `${bytes} bytes gzip`);
});
