// Assembles the deployable site: web/ copied beside the compiled modules (files no longer in
// web/ are removed), the third-party code the element imports, the page's stylesheet inlined, and
// the service worker written with the list of files to keep offline and a version that changes
// whenever any of them changes.
//   node scripts/assemble-site.mjs <web folder> <site folder> <version>
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [web, site, version] = process.argv.slice(2);
const BUILT = /^(iin-checker-core\.(js|wasm)|iin-checklist-core\.(js|wasm)|iin-checker-offline\.html|sw\.js|third-party\/.*)$/;
// page/style.css is inlined into index.html (below): no page fetches it.
const NOT_CACHED = /(^sw\.js$|\.d\.ts$|^package\.json$|^iin-checker-offline\.html$|^demo\/|^page\/style\.css$)/;

function filesUnder(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? filesUnder(path.join(folder, entry.name), `${relative}/`) : [relative];
  });
}

function removeEmptyFolders(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const inner = path.join(folder, entry.name);
    removeEmptyFolders(inner);
    if (readdirSync(inner).length === 0) rmSync(inner, { recursive: true });
  }
}

const sources = filesUnder(web).filter((file) => file !== 'sw.js');
for (const file of filesUnder(site)) {
  if (!BUILT.test(file) && !sources.includes(file)) rmSync(path.join(site, file));
}
removeEmptyFolders(site);
for (const file of sources) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  copyFileSync(path.join(web, file), path.join(site, file));
}
// Third-party code the element imports, from the npm packages pinned in scripts/package-lock.json:
// Nayuki's QR Code generator (an ES module). Minified by esbuild, its licence header kept on top.
const THIRD_PARTY = { 'nayuki-qr-code-generator': 'index.js' };
const requireHere = createRequire(import.meta.url);
const { transformSync } = await import('esbuild').catch(() => {
  throw new Error('esbuild is missing: run scripts/setup (it installs scripts/package-lock.json)');
});
for (const [name, file] of Object.entries(THIRD_PARTY)) {
  const code = readFileSync(requireHere.resolve(`${name}/${file}`), 'utf8');
  const licence = code.match(/^\/\*[\s\S]*?\*\//)?.[0];
  if (!licence?.includes('Permission is hereby granted')) throw new Error(`${name}/${file} no longer starts with its licence`);
  const { code: minified } = transformSync(code, { minify: true, format: 'esm', legalComments: 'none', target: 'es2020' });
  mkdirSync(path.join(site, 'third-party'), { recursive: true });
  writeFileSync(path.join(site, 'third-party', `${name}.js`), `${licence}\n${minified}`);
}

// The page's own stylesheet goes inline, so that a first visit paints the page's frame and its
// "loading" line from the first response; its Content-Security-Policy allows exactly that style,
// by hash (no 'unsafe-inline').
const pageStyle = readFileSync(path.join(site, 'page/style.css'), 'utf8');
const styleHash = `'sha256-${createHash('sha256').update(pageStyle).digest('base64')}'`;
const index = readFileSync(path.join(site, 'index.html'), 'utf8');
const inlined = index
  .replace('<link rel="stylesheet" href="page/style.css">', () => `<style>${pageStyle}</style>`)
  .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/, `$1 ${styleHash}`);
if (!inlined.includes(styleHash) || inlined.includes('href="page/style.css"')) {
  throw new Error('web/index.html no longer links page/style.css and sets style-src in its CSP');
}
writeFileSync(path.join(site, 'index.html'), inlined);

// The npm package's version is the project's (CMakeLists.txt).
const manifest = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8'));
writeFileSync(path.join(site, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);

const cached = filesUnder(site).filter((file) => !NOT_CACHED.test(file)).sort();
const hash = createHash('sha256');
for (const file of cached) hash.update(file).update(readFileSync(path.join(site, file)));
const cacheVersion = hash.digest('hex').slice(0, 16);
const worker = readFileSync(path.join(web, 'sw.js'), 'utf8')
  .replace("const VERSION = 'dev';", `const VERSION = '${cacheVersion}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(['./', ...cached], null, 2)};`);
if (!worker.includes(cacheVersion)) throw new Error('web/sw.js no longer has the VERSION and FILES lines to fill');
writeFileSync(path.join(site, 'sw.js'), worker);
console.log(`site: ${sources.length} files from web/, ${cached.length} kept offline, cache version ${cacheVersion}`);
