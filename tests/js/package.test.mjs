// The npm package: packed with the README's command, installed from the tarball into a fresh
// project, and used from Node: import, require, and the element imported where there is no DOM.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { consumerProject, packedTarball, repoRoot } from '../consumers/project.mjs';

const project = consumerProject({ app: false });
const installed = path.join(project, 'node_modules', 'iin-checker');
const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
after(() => rmSync(project, { recursive: true, force: true }));

const run = (file, code) => {
  writeFileSync(path.join(project, file), code);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
};

test('the README packs the package with the command this test runs', () => {
  assert.match(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'), /npm pack \.\/build\/site/);
  assert.match(path.basename(packedTarball()), /^iin-checker-\d+\.\d+\.\d+\.tgz$/);
});

test('the package is MIT-licensed and carries its licence, README and changelog', () => {
  assert.equal(manifest.license, 'MIT');
  const licence = readFileSync(path.join(installed, 'LICENSE'), 'utf8');
  assert.match(licence, /^MIT License/);
  assert.match(licence, /IIN Checker contributors/);
  assert.equal(licence, readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8'));
  assert.match(readFileSync(path.join(installed, 'README.md'), 'utf8'), /import 'iin-checker\/element'/);
  assert.match(readFileSync(path.join(installed, 'CHANGELOG.md'), 'utf8'), /^# Changelog/);
});

test('every entry has types, and the tarball holds only what consumers need', () => {
  const listing = execFileSync('tar', ['-tzf', packedTarball()], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));
  for (const [entry, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string') continue; // a file as it is (.wasm, package.json)
    assert.ok(target.types, `${entry} has types`);
    assert.ok(listing.includes(target.types.slice(2)), `${target.types} is in the package`);
    for (const file of Object.values(target)) assert.ok(listing.includes(file.slice(2)), `${file} is in the package`);
  }
  for (const pageFile of ['index.html', 'sw.js', 'page/main.js', 'iin-checker-offline.html', 'demo/index.html']) {
    assert.ok(!listing.includes(pageFile), `${pageFile} (the standalone page's) is not in the package`);
  }
  assert.ok(listing.includes('iin-checker-core.wasm') && listing.includes('iin-checklist-core.wasm'));
  assert.deepEqual(
    manifest.sideEffects.filter((pattern) => !pattern.includes('*') && !listing.includes(pattern.slice(2))),
    [],
  );
});

test('installed from the tarball, it imports and works in Node', () => {
  const out = JSON.parse(
    run(
      'import.mjs',
      `
    import { createChecker } from 'iin-checker';
    const checker = await createChecker();
    const result = checker.check('901 123 300 258');
    const list = checker.checklist({ channel: 'psc', lang: 'ru', today: '2026-11-26' });
    console.log(JSON.stringify({ valid: result.valid, birthDate: result.iin.birthDate, items: list.items.length > 0, version: checker.version }));
  `,
    ),
  );
  assert.deepEqual(out, { valid: true, birthDate: '1990-11-23', items: true, version: manifest.version });
});

test(
  'require() works where Node loads ES modules from require (20.19+, 22.12+)',
  { skip: !process.features.require_module && 'this Node cannot require ES modules' },
  () => {
    const out = run(
      'require.cjs',
      `
    const { createChecker } = require('iin-checker');
    createChecker({ checklist: false }).then((checker) => console.log(checker.check('940140000385').kind));
  `,
    );
    assert.equal(out.trim(), 'bin');
  },
);

test('importing the element in Node (server-side rendering) throws nothing and defines nothing', () => {
  const out = JSON.parse(
    run(
      'element.mjs',
      `
    const element = await import('iin-checker/element');
    console.log(JSON.stringify({ exports: Object.keys(element), customElements: typeof customElements }));
  `,
    ),
  );
  assert.deepEqual(out, { exports: ['IinCheckerElement'], customElements: 'undefined' });
});
