// The packed package as the registry's own linters see it (pinned in
// tests/consumers/package-lock.json): publint, and "Are the types wrong?" (attw). attw runs with
// the two exceptions the package README explains: the esm-only profile (the package is ES
// modules only, by design: require() of it works where Node loads ES modules from require), and
// the two .wasm entries, which are files to fetch, not modules with types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { packedTarball, tool } from './project.mjs';

const run = (script, args) => {
  try {
    return execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${path.basename(script)} failed:\n${error.stdout}${error.stderr}`);
  }
};

test('publint: all good, in its strict mode', () => {
  const out = run(path.join(tool('publint'), 'src/cli.js'), ['run', packedTarball(), '--strict']);
  assert.match(out, /All good!/);
});

test('attw --profile esm-only: every entry resolves to its types, the .wasm files aside', () => {
  const out = run(path.join(tool('@arethetypeswrong/cli'), 'dist/index.js'), [
    packedTarball(),
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './iin-checker-core.wasm',
    './iin-checklist-core.wasm',
    './iin-many-core.wasm',
    '--format',
    'json',
  ]);
  const { analysis, problems } = JSON.parse(out); // attw exits 1 on a problem the profile counts
  const counted = Object.values(problems ?? {})
    .flat()
    .filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind)); // what esm-only leaves out
  assert.deepEqual(counted, []);
  for (const entry of ['.', './element', './react']) {
    assert.ok(analysis.entrypoints[entry], `attw looked at ${entry}`);
    // Under node10 too, though the profile leaves it out: element/index.d.ts, react.d.ts.
    const node10 = analysis.entrypoints[entry].resolutions.node10.resolution;
    assert.ok(node10?.fileName.endsWith('.d.ts'), `${entry} has types under node10: ${node10?.fileName}`);
  }
});
