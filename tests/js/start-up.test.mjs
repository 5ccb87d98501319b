// Starting the checker, through the public API in Node: the folder its files come from (baseUrl),
// and each cause of a failed start with its own code from the one vocabulary, the file in `path`
// and its address in `url`. The element reads a host's rules with the API's own loader: the same
// error on both paths. (In a browser: tests/e2e/failures.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteDir, siteModule } from './site.mjs';

const { createChecker, RulesetError } = await import(siteModule('iin-checker.js'));
const { locateFiles, startChecklistModule } = await import(siteModule('lib/modules.js'));
const { sharedChecklist } = await import(siteModule('element/shared.js'));
const vocabulary = JSON.parse((await startChecklistModule())('iin_error_codes'));
const site = pathToFileURL(`${siteDir}/`);
const numberWasm = readFileSync(path.join(siteDir, 'iin-checker-core.wasm'));

/**
 * createChecker(options), with the number module alone, must reject with `code`, from the
 * vocabulary, with its path and message.
 */
async function refused(options, { code, path: file = '', message }) {
  const error = await createChecker({ checklist: false, many: false, ...options }).then(
    () => assert.fail('it started'),
    (e) => e,
  );
  assert.ok(vocabulary.includes(error.code), `${error.code} is in the one vocabulary`);
  assert.equal(error.code, code, error.message);
  assert.equal(error.path, file);
  assert.match(error.message, /^Could not start the IIN checker: /);
  if (message) assert.match(error.message, message);
  return error;
}

test('baseUrl names the folder of a copy of the package; wasmUrl is its old name, not both', async () => {
  const checker = await createChecker({ baseUrl: site });
  assert.equal(checker.check('901123300258').valid, true);
  assert.equal(checker.rules.builtIn, true, 'the rules from that folder');
  assert.equal((await createChecker({ wasmUrl: site, checklist: false })).check('940140000385').kind, 'bin');
  await assert.rejects(createChecker({ baseUrl: site, wasmUrl: site }), {
    name: 'RangeError',
    code: 'invalid_value',
    path: 'options.wasmUrl',
  });
  await assert.rejects(createChecker({ baseUrl: 5 }), {
    name: 'TypeError',
    code: 'wrong_type',
    path: 'options.baseUrl',
  });
});

test('each cause of a failed start has its own code, the file in path and its address in url', async () => {
  const missing = await refused(
    { baseUrl: '/nowhere/' },
    { code: 'file_missing', path: 'iin-checker-core.wasm', message: /could not read iin-checker-core\.wasm/ },
  );
  assert.equal(missing.url, 'file:///nowhere/iin-checker-core.wasm');
  await refused(
    { wasmBinaries: { checker: Buffer.from('<!doctype html><h1>Not found</h1>') } },
    { code: 'file_missing', path: 'iin-checker-core.wasm', message: /missing on the server/ },
  );
  const damaged = Buffer.from(numberWasm);
  damaged[damaged.length - 10] ^= 0xff;
  await refused(
    { wasmBinaries: { checker: damaged } },
    { code: 'hash_mismatch', path: 'iin-checker-core.wasm', message: /another version/ },
  );
  await refused(
    { wasmBinaries: { checker: Buffer.from('GIF89a, not a module') } },
    { code: 'corrupt_module', path: 'iin-checker-core.wasm' },
  );
  const unreachable = await refused(
    { baseUrl: 'http://127.0.0.1:9/' }, // the discard port: nothing listens on loopback
    { code: 'load_failed', path: 'iin-checker-core.wasm', message: /http:\/\/127\.0\.0\.1:9\/iin-checker-core\.wasm/ },
  );
  assert.equal(unreachable.url, 'http://127.0.0.1:9/iin-checker-core.wasm');
  const { WebAssembly: engine } = globalThis;
  delete globalThis.WebAssembly;
  try {
    await refused({}, { code: 'unsupported', path: '' });
  } finally {
    globalThis.WebAssembly = engine;
  }
});

test('bundled into server code that gives the files browser addresses, the error says what to do', async () => {
  // What Next.js makes of new URL('…wasm', import.meta.url) on the server: a path Node cannot fetch.
  locateFiles({ 'iin-checker-core.wasm': '/_next/static/media/iin-checker-core.1kdprhsol8a5_.wasm' });
  try {
    await refused(
      {},
      { code: 'load_failed', path: 'iin-checker-core.1kdprhsol8a5_.wasm', message: /serverExternalPackages/ },
    );
  } finally {
    locateFiles({ 'iin-checker-core.wasm': undefined });
  }
});

test("a host's rules file: the same RulesetError from the API and from the element's loader", async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'iin-rules-'));
  try {
    const huge = path.join(folder, 'huge.json');
    writeFileSync(huge, `{"padding": "${'x'.repeat(1024 * 1024)}"}`);
    for (const [file, code] of [
      [path.join(folder, 'missing.json'), 'rules_unavailable'],
      [huge, 'too_large'],
    ]) {
      const url = pathToFileURL(file);
      for (const [name, load] of [
        ['createChecker', () => createChecker({ rulesUrl: url })],
        ['the element', () => sharedChecklist({ rulesUrl: url.href })],
      ]) {
        const error = await load().then(
          () => assert.fail(`${name} took ${file}`),
          (e) => e,
        );
        assert.ok(error instanceof RulesetError, `${name}: ${error}`);
        assert.equal(error.code, code, `${name}: ${error.message}`);
        assert.equal(error.url, url.href, name);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a checker made for numbers alone says so with a code and a path', async () => {
  const numbersOnly = await createChecker({ checklist: false });
  for (const call of ['categories', 'checklist', 'assess', 'mission']) {
    assert.throws(
      () => numbersOnly[call]({ channel: 'psc' }),
      { code: 'not_loaded', path: 'options.checklist', message: /checklist: false/ },
      call,
    );
  }
});
