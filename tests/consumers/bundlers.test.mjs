// The packed package in a consumer's app, built with each bundler a consulate's web developer
// might use (pinned in tests/consumers/package-lock.json), and run in real Chromium: the API, a
// number check, "My documents" and "Check many" in its worker must work, with nothing copied by
// hand beyond what the package README's recipe for that bundler says. Vite, webpack and Parcel
// get no options at all; esbuild gets the README's flags and the worker's entry point; Rollup
// gets node-resolve, a copy of the package and base-url.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as viteBuild, createServer } from 'vite';
import webpack from 'webpack';
import { checkTwoLines, launchBrowser, openPage, recordRequests, startSite } from '../e2e/browser.mjs';
import { text } from '../e2e/translations.mjs';
import { consumerProject, here } from './project.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const projects = [];
after(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project() {
  const dir = consumerProject();
  projects.push(dir);
  return dir;
}

/** The app's page for a bundle: the same markup, loading `script` instead of the source. */
function writePage(dist, script, edit = (html) => html) {
  const html = readFileSync(path.join(dist, '..', 'index.html'), 'utf8').replace('/src/index.js', script);
  writeFileSync(path.join(dist, 'index.html'), edit(html));
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

// What the person sees: the API answered, a number checked, the checklist shown, a list checked
// in the worker; nothing failed, nothing fetched from elsewhere.
async function exercise(url, { origin = new URL(url).origin } = {}) {
  const context = await launchBrowser();
  const requests = recordRequests(context);
  const workers = [];
  try {
    const page = await openPage(context, url);
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.locator('#api').filter({ hasText: 'valid' }).waitFor();
    const api = JSON.parse(await page.locator('#api').textContent());
    assert.equal(api.valid, true);
    assert.equal(api.listValid, 1, "Check many's module was found too");
    assert.ok(api.items > 0, 'the checklist has items');
    await page.locator('#numbers #number').fill('901123300258');
    await page.locator('#numbers #number-verdict').getByText(text('en', 'verdictValidIin')).waitFor();
    await page.locator('#documents #items li').first().waitFor();
    await checkTwoLines(page.locator('#many'), { tab: false });
    assert.equal(workers.length, 1, '"Check many" ran in its worker');
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

async function serveAndExercise(dist, csp = STRICT_CSP) {
  const site = await startSite({ root: dist, headers: { 'Content-Security-Policy': csp } });
  try {
    const requests = await exercise(`${site.origin}/`);
    assert.ok(
      requests.some((r) => r.endsWith('.wasm')),
      'the .wasm came from the build',
    );
    return requests.map((url) => new URL(url).pathname);
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

test('esbuild, with --conditions=esbuild,module --loader:.wasm=file and the worker as a second entry', async () => {
  const dir = project();
  const dist = path.join(dir, 'dist');
  await esbuild({
    // As the package README writes it: many-worker=node_modules/iin-checker/esbuild/many-worker.js
    entryPoints: ['src/index.js', { in: 'node_modules/iin-checker/esbuild/many-worker.js', out: 'many-worker' }],
    bundle: true,
    format: 'esm',
    outdir: dist,
    absWorkingDir: dir,
    conditions: ['esbuild', 'module'],
    loader: { '.wasm': 'file' },
    logLevel: 'silent',
  });
  assert.equal(
    readdirSync(dist).filter((file) => file.endsWith('.wasm')).length,
    3,
    'esbuild copied the three .wasm files',
  );
  writePage(dist, 'index.js');
  assertNoBuildPaths(dir);
  await serveAndExercise(dist);
});

test('Rollup with node-resolve: the package copied beside the bundle, base-url and baseUrl name it', async () => {
  const dir = project();
  const dist = path.join(dir, 'dist');
  // The recipe: the API and the element told where the package's folder is.
  const source = readFileSync(path.join(dir, 'src/index.js'), 'utf8');
  writeFileSync(
    path.join(dir, 'src/index.js'),
    source.replace('await createChecker()', "await createChecker({ baseUrl: '/iin/' })"),
  );
  const warnings = [];
  const bundle = await rollup({
    input: path.join(dir, 'src/index.js'),
    plugins: [nodeResolve({ browser: true })],
    onwarn: (warning) => warnings.push(warning.message),
  });
  await bundle.write({ dir: dist, format: 'es' });
  await bundle.close();
  assert.deepEqual(warnings, []);
  cpSync(path.join(dir, 'node_modules/iin-checker'), path.join(dist, 'iin'), { recursive: true });
  writePage(dist, '/index.js', (html) => html.replaceAll('<iin-checker ', '<iin-checker base-url="/iin/" '));
  const requested = await serveAndExercise(dist);
  for (const file of [
    'iin-checker-core.wasm',
    'iin-checklist-core.wasm',
    'ruleset.json',
    'generated/words-en.js',
    'element/many-worker.js',
  ]) {
    assert.ok(requested.includes(`/iin/${file}`), `${file} came from base-url's folder`);
  }
});

test('Parcel 2, with its defaults', async () => {
  const dir = project();
  const dist = path.join(dir, 'dist');
  // The app's page as Parcel takes it: its script and icon relative to it.
  writeFileSync(
    path.join(dir, 'index.html'),
    readFileSync(path.join(dir, 'index.html'), 'utf8')
      .replace('/src/index.js', './src/index.js')
      .replace('/icon.svg', './public/icon.svg'),
  );
  // Parcel's own default configuration, as `parcel build index.html` finds it in a project.
  const { Parcel } = createRequire(path.join(here, 'package.json'))('@parcel/core');
  const parcel = new Parcel({
    entries: path.join(dir, 'index.html'),
    defaultConfig: createRequire(path.join(here, 'package.json')).resolve('@parcel/config-default'),
    mode: 'production',
    shouldDisableCache: true,
    defaultTargetOptions: { distDir: dist },
    logLevel: 'error',
  });
  await parcel.run();
  assert.ok(
    readdirSync(dist).some((file) => file.startsWith('ruleset') && file.endsWith('.js')),
    'the rules came along as a module',
  );
  assertNoBuildPaths(dir);
  // Parcel writes an import map into the page, inline: a strict policy allows it by its hash.
  const inline = [
    ...readFileSync(path.join(dist, 'index.html'), 'utf8').matchAll(/<script type=importmap>(.*?)<\/script>/gs),
  ];
  assert.equal(inline.length, 1);
  const hash = `'sha256-${createHash('sha256').update(inline[0][1]).digest('base64')}'`;
  await serveAndExercise(dist, STRICT_CSP.replace("'wasm-unsafe-eval'", `'wasm-unsafe-eval' ${hash}`));
});
