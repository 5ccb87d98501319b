// The npm package: packed with the README's command, installed from the tarball into a fresh
// project, and used from Node: import, require, and the element imported where there is no DOM.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { consumerProject, packedTarball, repoRoot } from '../consumers/project.mjs';
import { siteDir } from './site.mjs';

const project = consumerProject({ app: false });
const installed = path.join(project, 'node_modules', 'iin-checker');
const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
after(() => rmSync(project, { recursive: true, force: true }));

// The tarball's files, from the package's root.
const listing = () =>
  execFileSync('tar', ['-tzf', packedTarball()], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));

const run = (file, code) => {
  writeFileSync(path.join(project, file), code);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
};

test('the package README packs the package with the command this test runs', () => {
  assert.match(readFileSync(path.join(repoRoot, 'web', 'README.md'), 'utf8'), /npm pack \.\/build\/site/);
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
  const files = listing();
  for (const [entry, target] of Object.entries(manifest.exports)) {
    if (typeof target === 'string') continue; // a file as it is (.wasm, package.json)
    assert.ok(target.types, `${entry} has types`);
    assert.ok(files.includes(target.types.slice(2)), `${target.types} is in the package`);
    for (const file of Object.values(target)) assert.ok(files.includes(file.slice(2)), `${file} is in the package`);
  }
  for (const pageFile of ['index.html', 'sw.js', 'page/main.js', 'iin-checker-offline.html', 'demo/index.html']) {
    assert.ok(!files.includes(pageFile), `${pageFile} (the standalone page's) is not in the package`);
  }
  for (const module of ['iin-checker-core.wasm', 'iin-checklist-core.wasm', 'iin-many-core.wasm'])
    assert.ok(files.includes(module), module);
  assert.deepEqual(
    manifest.sideEffects.filter((pattern) => !pattern.includes('*') && !files.includes(pattern.slice(2))),
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

test('every minified JavaScript file has its source map, with the readable source inside', () => {
  const files = listing();
  // generated/ holds data written as modules (markup, styles, words): nothing minified to map back.
  const scripts = files.filter((file) => file.endsWith('.js') && !file.startsWith('generated/'));
  assert.ok(scripts.length > 30);
  for (const file of scripts) {
    const code = readFileSync(path.join(installed, file), 'utf8');
    if (!code.trim() || /webpackIgnore/.test(code)) continue; // empty (react.js), or copied as written
    const name = `${path.posix.basename(file)}.map`;
    assert.ok(code.trimEnd().endsWith(`//# sourceMappingURL=${name}`), `${file} names its map`);
    assert.ok(files.includes(`${file}.map`), `${file}.map is in the package`);
    const map = JSON.parse(readFileSync(path.join(installed, `${file}.map`), 'utf8'));
    assert.equal(map.sources.length, map.sourcesContent.length, `${file}.map carries its sources`);
    for (const source of map.sources) {
      const from = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
      assert.match(from, /^(web|node_modules)\//, `${file}.map names ${source} from the package's root`);
    }
  }
});

test('the single file (iin-checker-offline.html) points to no source map: it carries none', () => {
  const page = readFileSync(path.join(siteDir, 'iin-checker-offline.html'), 'utf8');
  assert.doesNotMatch(page, /sourceMappingURL/);
});

test('every package whose code is bundled has its licence in THIRD-PARTY-NOTICES.md', () => {
  const notices = readFileSync(path.join(installed, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  // The bundled packages, as the source maps of the package's files name them.
  const bundled = new Set();
  for (const file of listing().filter((name) => name.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(path.join(installed, file), 'utf8'));
    for (const source of map.sources) {
      const name = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
      if (name) bundled.add(name);
    }
  }
  assert.ok(bundled.has('excel-builder-vanilla') && bundled.has('fflate') && bundled.has('nayuki-qr-code-generator'));
  const scripts = path.join(repoRoot, 'scripts', 'node_modules');
  for (const name of bundled) {
    const section = notices.split(/^## /m).find((part) => part.startsWith(`${name} `));
    assert.ok(section, `${name} is bundled and has a notice`);
    const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].find((file) => {
      try {
        return readFileSync(path.join(scripts, name, file));
      } catch {
        return false;
      }
    });
    const licence = readFileSync(path.join(scripts, name, licenceFile), 'utf8').trim();
    assert.ok(section.includes(licence), `${name}'s notice holds its licence text, as its package has it`);
  }
});

test("the version is the changelog's newest, and the manifest names no address the project does not have", () => {
  const changelog = readFileSync(path.join(installed, 'CHANGELOG.md'), 'utf8');
  const newest = changelog.match(/^## (\d+\.\d+\.\d+)/m)?.[1];
  assert.equal(manifest.version, newest, 'package.json and the changelog agree');
  assert.notEqual(manifest.version, '0.1.0', 'the changelog lists breaking changes since 0.1.0');
  for (const field of ['repository', 'homepage', 'bugs', 'funding']) {
    assert.equal(manifest[field], undefined, `${field}: the project has no public home yet`);
  }
});
