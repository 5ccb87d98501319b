// The outcome table shared with the C++ tests (tests/fixtures/outcomes.json), through the API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker({ checklist: false });
const { cases, today } = JSON.parse(readFileSync(new URL('../fixtures/outcomes.json', import.meta.url), 'utf8'));
const optionsOf = (c) => ({ today, ...c.options }); // every case on the table's day, unless it names its own

test(`check() answers every case of tests/fixtures/outcomes.json (${cases.length})`, () => {
  for (const c of cases) {
    const input = c.input.repeat(c.repeat ?? 1);
    const r = checker.check(input, optionsOf(c));
    const label = JSON.stringify({ input: c.input, options: c.options });
    assert.deepEqual(
      {
        valid: r.valid,
        kind: r.kind,
        errors: r.errors.map((e) => e.code),
        warnings: r.warnings.map((w) => w.code),
        position: r.errors[0]?.position ?? null,
      },
      { valid: c.valid, kind: c.kind, errors: c.errors, warnings: c.warnings, position: c.position ?? null },
      label,
    );
    for (const issue of [...r.errors, ...r.warnings]) assert.match(issue.message, /\w{3,}/, label);
  }
});

test('checkMany() gives each case the outcome of its first error', () => {
  for (const c of cases) {
    const input = c.input.repeat(c.repeat ?? 1);
    const batch = checker.checkMany([input], optionsOf(c));
    assert.equal(batch.outcome(0), c.errors[0] ?? 'valid', c.input);
  }
});
