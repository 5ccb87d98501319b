// Docs that run: every ```js block of the READMEs (the root one, the package's web/README.md, and
// those beside the C++, the rules and the tests) is
// run against the built package, imported as 'iin-checker' (a node_modules link to build/site),
// on a pinned clock, and what its "// → …" comments show is compared with what the code returns
// (readme-examples.mjs says how those comments are read). A block whose fence follows
// <!-- not run: why --> is listed as skipped, with its reason.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { siteDir, siteModule } from './site.mjs';
import { READMES } from './markdown.mjs';
import { instrument, jsBlocks, mismatches, parseExpected, statements } from './readme-examples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// 25 November 2026, 10:00 in Almaty: the day the README's examples are written for.
const PINNED_NOW = Date.parse('2026-11-25T10:00:00+05:00');

const project = mkdtempSync(path.join(os.tmpdir(), 'iin-readme-'));
mkdirSync(path.join(project, 'node_modules'));
symlinkSync(siteDir, path.join(project, 'node_modules', 'iin-checker'), 'dir');
after(() => rmSync(project, { recursive: true, force: true }));

// What the examples take as given: a checker, a number typed, a staff file, a host's own rules,
// a mission profile (the demo's), a case's answers.
const { createChecker } = await import(siteModule('iin-checker.js'));
const staff = [
  'name,iin,dept',
  'Aigerim,901123300258,sales',
  'Dias,901123302058,sales',
  'Ivan,,support',
  'Olga,990940003030,finance',
  'Marat,9011233002,finance',
  'Sara,901123300258,legal',
  'Timur,901123300258,legal',
  'Zhanna,901123302058,legal',
].join('\r\n');
const siteRules = JSON.parse(readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8'));
const givens = {
  createChecker,
  checker: await createChecker(),
  text: '901 123 300 258',
  fileText: staff,
  pastedText: staff,
  myRulesObjectOrText: { ...siteRules, version: `${siteRules.version}-host` },
  profileObjectOrText: readFileSync(path.join(siteDir, 'demo', 'example-mission.json'), 'utf8'),
  answers: { channel: 'psc', today: '2026-11-26' },
};

/** Runs fn with Date (and Date.now) pinned to PINNED_NOW; dates given explicitly are untouched. */
async function onPinnedClock(fn) {
  const RealDate = globalThis.Date;
  class PinnedDate extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [PINNED_NOW]));
    }
    static now() {
      return PINNED_NOW;
    }
  }
  globalThis.Date = PinnedDate;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

test('the README examples are found, and few are skipped', () => {
  const blocks = READMES.flatMap((file) => jsBlocks(readFileSync(path.join(root, file), 'utf8')));
  assert.ok(blocks.length >= 8, `${blocks.length} JavaScript blocks`);
  const skipped = blocks.filter((block) => block.skip);
  assert.ok(skipped.length <= 2, `${skipped.length} skipped`);
  assert.ok(blocks.flatMap((block) => statements(block)).filter((s) => s.expected).length >= 10, 'result comments');
});

for (const file of READMES) {
  for (const block of jsBlocks(readFileSync(path.join(root, file), 'utf8'))) {
    const name = `${file}:${block.line} runs and returns what it shows`;
    if (block.skip) {
      test(name, { skip: `not run: ${block.skip}` }, () => {});
      continue;
    }
    test(name, async () => {
      const recorder = `__readme${block.line}`;
      const { source, expectations } = instrument(block, {
        recorder,
        givensName: '__readmeGivens',
        givens: Object.keys(givens),
      });
      const patterns = expectations.map(({ line, text }) => ({ line, pattern: parseExpected(text) }));
      const module = path.join(project, `${file.replace(/\W/g, '-')}-${block.line}.mjs`);
      writeFileSync(module, source);
      const values = new Map();
      globalThis[recorder] = (index, value) => values.set(index, value);
      globalThis.__readmeGivens = givens;
      try {
        await onPinnedClock(() => import(pathToFileURL(module).href));
      } finally {
        delete globalThis[recorder];
      }
      for (const [index, { line, pattern }] of patterns.entries()) {
        assert.ok(values.has(index), `${file}:${line}: the statement never ran`);
        assert.deepEqual(mismatches(values.get(index), pattern), [], `${file}:${line}`);
      }
    });
  }
}

// The comparison itself can fail: a README that drifts is caught.
test('a result comment that no longer matches is reported', () => {
  const pattern = parseExpected("{ valid: true, kind: 'iin' | 'bin', errors: [], suggestions: ['9011…', …], at? }");
  assert.deepEqual(
    mismatches({ valid: true, kind: 'bin', errors: [], suggestions: ['901123300258', 'x'] }, pattern),
    [],
  );
  assert.deepEqual(mismatches({ valid: false, kind: 'x', errors: [1], suggestions: [] }, pattern), [
    'the result.valid is false, the README says true',
    'the result.kind is "x", which is none of the README\'s choices',
    'the result.errors has 1 elements, the README shows 0',
    'the result.suggestions has 0 elements, the README shows 1 or more',
  ]);
  assert.deepEqual(mismatches({ kind: 'iin' }, parseExpected('valid, kind: "iin", check(i)')), [
    'the result has no valid',
    'the result has no check',
  ]);
  assert.deepEqual(mismatches([{ id: 1 }, {}], parseExpected('[{ id }]')), ['the result[1] has no id']);
  assert.deepEqual(mismatches([], parseExpected("['a']")), ['the result has 0 elements, the README shows 1']);
  assert.throws(() => parseExpected('{ valid: true'), /cannot read the result comment/);
});

test('statements, their result comments and the givens are read as written', () => {
  const block = {
    line: 10,
    code: [
      "import { createChecker } from 'iin-checker';",
      'const c = checker.check(text);   // → { valid: true }',
      'c.kind;',
      '// → "iin"',
      '//   (continued)',
      'c.errors',
      '  .length;   // 0, not compared',
    ].join('\n'),
  };
  assert.deepEqual(
    statements(block).map(({ line, expected }) => [line, expected]),
    [
      [10, null],
      [11, '{ valid: true }'],
      [12, '"iin" (continued)'],
      [15, null],
    ],
  );
  const { source } = instrument(block, { recorder: 'r', givensName: 'g', givens: ['checker', 'text', 'fileText'] });
  assert.equal(
    source,
    [
      "import { createChecker } from 'iin-checker';",
      'const checker = globalThis.g.checker;',
      'const text = globalThis.g.text;',
      'const c = checker.check(text);\nglobalThis.r(0, c);',
      'globalThis.r(1, (c.kind));',
      'c.errors\n  .length;',
    ].join('\n'),
  );
});
