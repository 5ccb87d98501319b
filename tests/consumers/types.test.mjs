// Strict TypeScript (pinned in tests/consumers/package-lock.json) against the packed package,
// with the two module resolutions a consumer may use: node16 (the package's exports as Node
// reads them) and bundler. The fixtures use the element's class, tag map, events and JSX tag, and
// expect errors where a wrong value is passed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { consumerProject, here, tool } from './project.mjs';

const dir = consumerProject({ app: false });
after(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ['usage.ts', 'react.tsx']) copyFileSync(path.join(here, 'types', file), path.join(dir, file));
mkdirSync(path.join(dir, 'node_modules/@types'), { recursive: true });
symlinkSync(tool('@types/react'), path.join(dir, 'node_modules/@types/react'));

const COMMON = {
  strict: true,
  noEmit: true,
  target: 'es2022',
  lib: ['es2022', 'dom', 'dom.iterable'],
  skipLibCheck: false,
};

function compile(name, compilerOptions, files) {
  writeFileSync(
    path.join(dir, `tsconfig.${name}.json`),
    JSON.stringify({ compilerOptions: { ...COMMON, ...compilerOptions }, files }),
  );
  try {
    return execFileSync(tool('.bin/tsc'), ['-p', `tsconfig.${name}.json`], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc (${name}) failed:\n${error.stdout}${error.stderr}`);
  }
}

test('strict TypeScript with moduleResolution node16 accepts the API and the element', () => {
  compile('node16', { module: 'node16', moduleResolution: 'node16', types: [] }, ['usage.ts']);
});

test('strict TypeScript with moduleResolution bundler, and <iin-checker> in React JSX', () => {
  compile('bundler', { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' }, ['usage.ts', 'react.tsx']);
});

test('the types catch a mistake: a wrong event detail does not compile', () => {
  writeFileSync(
    path.join(dir, 'mistake.ts'),
    [
      "import 'iin-checker/element';",
      "document.querySelector('iin-checker')?.addEventListener('iin-check', (event) => {",
      '  const wrong: number = event.detail.normalized;',
      '  console.log(wrong);',
      '});',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'tsconfig.mistake.json'),
    JSON.stringify({
      compilerOptions: { ...COMMON, module: 'esnext', moduleResolution: 'bundler', types: [] },
      files: ['mistake.ts'],
    }),
  );
  assert.throws(
    () => execFileSync(tool('.bin/tsc'), ['-p', 'tsconfig.mistake.json'], { cwd: dir, encoding: 'utf8' }),
    (error) => /mistake\.ts.*TS2322/s.test(error.stdout),
  );
});
