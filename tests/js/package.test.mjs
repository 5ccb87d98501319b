// The npm package: packed from build/site, installed into a throwaway project, imported in Node
// and through a bundler (esbuild).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir } from './site.mjs';

const scripts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts');
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
let project;

before(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'iin-package-'));
  const tarball = npm(['pack', siteDir, '--pack-destination', project, '--silent'], project).trim().split('\n').pop();
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'throwaway', private: true, type: 'module' }));
  npm(['install', '--offline', path.join(project, tarball)], project);
});
after(() => rmSync(project, { recursive: true, force: true }));

const SCRIPT = `
import { createChecker } from 'iin-checker';
const checker = await createChecker();
const result = checker.check('901 123 300 258');
const list = checker.checklist({ channel: 'psc', lang: 'ru' });
console.log(JSON.stringify({ valid: result.valid, birthDate: result.iin.birthDate, items: list.items.length,
  version: checker.version }));
`;

test('installed from the packed tarball, it imports and works in Node', () => {
  const installed = path.join(project, 'node_modules', 'iin-checker');
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.ok(existsSync(path.join(installed, manifest.types)));
  assert.ok(existsSync(path.join(installed, manifest.exports['./element'])));
  writeFileSync(path.join(project, 'node.mjs'), SCRIPT);
  const out = JSON.parse(execFileSync(process.execPath, ['node.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.deepEqual(out, { valid: true, birthDate: '1990-11-23', items: 2, version: manifest.version });
});

test('a bundler resolves the package and its element; the bundle runs with the .wasm and the rules beside it', async () => {
  const { build } = await import(path.join(scripts, 'node_modules/esbuild/lib/main.js'));
  writeFileSync(path.join(project, 'entry.mjs'), SCRIPT);
  const out = path.join(project, 'dist');
  await build({ entryPoints: [path.join(project, 'entry.mjs')], bundle: true, format: 'esm', platform: 'neutral',
    outfile: path.join(out, 'app.mjs'), absWorkingDir: project, logLevel: 'silent' });
  for (const file of ['iin-checker-core.wasm', 'iin-checklist-core.wasm', 'ruleset.json']) {
    copyFileSync(path.join(project, 'node_modules/iin-checker', file), path.join(out, file));
  }
  const result = JSON.parse(execFileSync(process.execPath, [path.join(out, 'app.mjs')], { encoding: 'utf8' }));
  assert.equal(result.valid, true);
  assert.equal(result.items, 2);

  writeFileSync(path.join(project, 'page.mjs'), "import 'iin-checker/element';\n");
  const element = await build({ entryPoints: [path.join(project, 'page.mjs')], bundle: true, format: 'esm',
    platform: 'browser', write: false, absWorkingDir: project, logLevel: 'silent' });
  assert.match(element.outputFiles[0].text, /customElements\.define\("iin-checker"/);
});
