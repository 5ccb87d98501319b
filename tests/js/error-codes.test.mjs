// One error vocabulary: every code the C++ can report (listed by the module itself) has words for
// a visitor in each language, a line in the README's table and a place in the .d.ts union.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir, siteModule } from './site.mjs';

const { startChecklistModule } = await import(siteModule('lib/modules.js'));
const call = await startChecklistModule();
const codes = JSON.parse(call('iin_error_codes'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('the module lists its error codes', () => {
  assert.ok(codes.length >= 15);
  assert.equal(new Set(codes).size, codes.length);
  for (const code of codes) assert.match(code, /^[a-z_]+$/);
  assert.ok(codes.includes('rules_unavailable') && codes.includes('weaker_source'));
});

test('every code has plain words for a visitor in English, Russian and Kazakh', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const words = JSON.parse(readFileSync(path.join(root, 'web', 'i18n', `${lang}.json`), 'utf8'));
    for (const code of codes) {
      const text = words[`error_${code}`];
      assert.ok(typeof text === 'string' && text.length > 10, `${lang}: error_${code}`);
      assert.doesNotMatch(text, /[_{}]|\/|JSON/, `${lang}: error_${code} reads like a developer's message: ${text}`);
      if (lang !== 'en') assert.doesNotMatch(text, /[A-Za-z]/, `${lang}: error_${code}: ${text}`);
    }
    const extra = Object.keys(words).filter((key) => key.startsWith('error_') && !codes.includes(key.slice(6)));
    assert.deepEqual(extra, [], `${lang}: translations of codes that do not exist`);
  }
});

test('every code is documented in the package README and typed in the .d.ts', () => {
  const readme = readFileSync(path.join(root, 'web', 'README.md'), 'utf8');
  const start = readme.indexOf('### Errors');
  assert.ok(start >= 0, 'web/README.md has an Errors section');
  const next = readme.indexOf('\n## ', start);
  const table = readme.slice(start, next === -1 ? undefined : next);
  const documented = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual([...documented].sort(), [...codes].sort(), 'the README table lists exactly the codes');
  const types = readFileSync(path.join(siteDir, 'iin-checker.d.ts'), 'utf8');
  // A union's codes, and those of the unions it names (StartErrorCode).
  const union = (name) => {
    const start = types.indexOf(`export type ${name} =`);
    assert.ok(start >= 0, `the .d.ts has ${name}`);
    const text = types.slice(start, types.indexOf(';', start)).replace(/\/\*[\s\S]*?\*\//g, '');
    return [
      ...[...text.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]),
      ...[...text.matchAll(/\| (\w+Code)\b/g)].flatMap((m) => union(m[1])),
    ];
  };
  assert.deepEqual(union('ApiErrorCode').sort(), [...codes].sort());
});
