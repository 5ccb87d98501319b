// The packed package in a consumer's app, built with each bundler a consulate's web developer
// might use (pinned in tests/consumers/package-lock.json), and run in real Chromium: the API, a
// number check and "My documents" must work with nothing copied by hand. Vite and webpack get no
// options at all; esbuild gets the two flags the README documents.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, createServer } from 'vite';
import webpack from 'webpack';
import { launchBrowser, openPage, recordRequests, startSite } from '../e2e/browser.mjs';
import { text } from '../e2e/translations.mjs';
import { consumerProject } from './project.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const projects = [];
after(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project() {
  const dir = consumerProject();
  projects.push(dir);
  return dir;
}

/** The app's page for a bundle: the same markup, loading `script` instead of the source. */
function writePage(dist, script) {
  const html = readFileSync(path.join(dist, '..', 'index.html'), 'utf8').replace('/src/index.js', script);
  writeFileSync(path.join(dist, 'index.html'), html);
  copyFileSync(path.join(dist, '..', 'public', 'icon.svg'), path.join(dist, 'icon.svg'));
}

// webpack used to bake the build machine's file:// path of each module into the bundle.
function assertNoBuildPaths(dir) {
  const dist = path.join(dir, 'dist');
  for (const file of readdirSync(dist, { recursive: true }).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    assert.ok(!code.includes(dir) && !/file:\/\/\//.test(code), `${file} holds a path of the build machine`);
  }
}

// What the person sees: the API answered, a number checked, the checklist shown; nothing failed.
async function exercise(url, { origin = new URL(url).origin } = {}) {
  const context = await launchBrowser();
  const requests = recordRequests(context);
  try {
    const page = await openPage(context, url);
    await page.locator('#api').filter({ hasText: 'valid' }).waitFor();
    const api = JSON.parse(await page.locator('#api').textContent());
    assert.equal(api.valid, true);
    assert.ok(api.items > 0, 'the checklist has items');
    await page.locator('#numbers #number').fill('901123300258');
    await page.locator('#numbers #number-verdict').getByText(text('en', 'verdictValidIin')).waitFor();
    await page.locator('#documents #items li').first().waitFor();
    assert.deepEqual(page.problems, []);
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(`${origin}/`)),
      [],
    );
    return requests;
  } finally {
    await context.close();
  }
}

async function serveAndExercise(dist) {
  const site = await startSite({ root: dist, headers: { 'Content-Security-Policy': STRICT_CSP } });
  try {
    const requests = await exercise(`${site.origin}/`);
    assert.ok(
      requests.some((r) => r.endsWith('.wasm')),
      'the .wasm came from the build',
    );
  } finally {
    await site.close();
  }
}

test('Vite build, with no configuration', async () => {
  const dir = project();
  await viteBuild({ root: dir, configFile: false, logLevel: 'silent' });
  const dist = path.join(dir, 'dist');
  assert.ok(
    readdirSync(path.join(dist, 'assets')).some((file) => file.endsWith('.wasm')),
    'Vite copied the .wasm files',
  );
  assertNoBuildPaths(dir);
  await serveAndExercise(dist);
});

test('Vite dev server, with no configuration', async () => {
  const dir = project();
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  try {
    await exercise(server.resolvedUrls.local[0]);
  } finally {
    await server.close();
  }
});

test('webpack 5, with its defaults (only where the project and its output are)', async () => {
  const dir = project();
  const dist = path.join(dir, 'dist');
  const stats = await promisify(webpack)({ context: dir, mode: 'production', output: { path: dist } });
  assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
  assert.equal(stats.hasWarnings(), false, stats.toString('errors-warnings'));
  writePage(dist, 'main.js');
  assertNoBuildPaths(dir);
  await serveAndExercise(dist);
});

test('esbuild, with --conditions=esbuild,module --loader:.wasm=file', async () => {
  const dir = project();
  const dist = path.join(dir, 'dist');
  await esbuild({
    entryPoints: [path.join(dir, 'src/index.js')],
    bundle: true,
    format: 'esm',
    outdir: dist,
    absWorkingDir: dir,
    conditions: ['esbuild', 'module'],
    loader: { '.wasm': 'file' },
    logLevel: 'silent',
  });
  assert.equal(readdirSync(dist).filter((file) => file.endsWith('.wasm')).length, 2, 'esbuild copied both .wasm files');
  writePage(dist, 'index.js');
  assertNoBuildPaths(dir);
  await serveAndExercise(dist);
});
