// Assembles the deployable site, which is also the npm package: web/ beside the compiled
// modules, the element's markup, styles and words turned into modules in generated/
// (scripts/element-modules.mjs), the project's LICENSE, the third-party code the element imports,
// the standalone page's scripts bundled into page/ (scripts/page-bundle.mjs), and the service
// worker written with the list of the page's files to keep offline and a version that changes
// whenever any of them changes. Files no longer in web/ are removed. JavaScript and CSS are
// minified on the way (esbuild; exported names stay), each JavaScript file with its source map:
// web/ is the readable source, the site is what visitors download. Last, THIRD-PARTY-NOTICES.md
// with the licence of every package whose code the site carries (third-party-notices.mjs).
//   node scripts/assemble-site.mjs <web folder> <site folder> <version>
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  markupModule,
  startupWordsModule,
  stylesModule,
  wasmHashesModule,
  wordKeys,
  wordKeysModule,
  wordsModule,
} from './element-modules.mjs';
import { bundlePage } from './page-bundle.mjs';
import { ownMap, sourceMapped, sourceName, thirdPartyNotices } from './third-party-notices.mjs';

const { build, transformSync } = await import('esbuild').catch(() => {
  throw new Error('esbuild is missing: run scripts/setup (it installs scripts/package-lock.json)');
});
const [web, site, version] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Built by CMake beside web/'s files: the modules, the validated rules and their schema, the single
// file, the service worker, the licence; third-party/ (copied below) and vendor/ (bundled by
// bundle-xlsx.mjs: the .xlsx writer).
const BUILT =
  /^(iin-(checker|checklist|many)-core\.wasm|ruleset(\.schema)?\.json|profile\.schema\.json|iin-checker-offline\.html|sw\.js|LICENSE|THIRD-PARTY-NOTICES\.md|third-party\/.*|vendor\/.*)$/;
// Sources that reach the site as modules in generated/, not as themselves.
const CONVERTED = /^(element\/checker\.(html|css)|i18n\/[a-z]+\.json)$/;
// The page's scripts reach the site bundled (page-bundle.mjs), not as themselves, but for
// page/shell.js, a classic script <head> runs before the page is drawn; so does the .xlsx reader,
// into vendor/ (bundle-xlsx.mjs).
const BUNDLED = /^(page\/(?!shell\.js$)|xlsx\/).*\.js$/;
// What the service worker keeps besides the page ('./') and its scripts: the page's styles, icon,
// manifest and shell script, the number and checklist modules and the rules. Not the package's own
// modules, the demo, the single file; the words of only the languages in use (sw.js); ON_DEMAND once used.
const PAGE_FILES = /^(page\/(.*\.(css|svg|webmanifest)|shell\.js)|iin-check(er|list)-core\.wasm|ruleset\.json)$/;
// Loaded only when a feature is first used, then kept offline: Check many's module, and vendor/
// (the .xlsx reader and writer); with them the page's Check many scripts (page.later). Not on a
// first visit.
const ON_DEMAND = /^(iin-many-core\.wasm|vendor\/.*)$/;
// Third-party code the element imports, from the npm packages pinned in scripts/package-lock.json:
// Nayuki's QR Code generator, an ES module, written to third-party/<name>.js.
const THIRD_PARTY = { 'nayuki-qr-code-generator': 'index.js' };

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

// Minified: exported names, import()s and new URL(…, import.meta.url) literals stay. A file with a
// bundler's magic comment (webpackIgnore: lib/node-files.js, kept tiny) is copied as it is, or the
// comment would go too.
const minifyCss = (css) => transformSync(css, { loader: 'css', charset: 'utf8', minify: true }).code;
function copySource(file) {
  const from = path.join(web, file);
  const to = path.join(site, file);
  mkdirSync(path.dirname(to), { recursive: true });
  const text = /\.(js|css)$/.test(file) ? readFileSync(from, 'utf8') : null;
  if (text === null || /webpackIgnore/.test(text)) {
    copyFileSync(from, to);
    return;
  }
  if (file.endsWith('.css')) {
    writeFileSync(to, minifyCss(text));
    return;
  }
  const { code, map } = transformSync(text, {
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    sourcemap: 'external',
    sourcefile: sourceName(file, `web/${file}`),
  });
  if (!code.trim()) {
    writeFileSync(to, code); // an empty module (react.js: its types are all it has) needs no map
    return;
  }
  writeFileSync(to, sourceMapped(file, code));
  writeFileSync(`${to}.map`, map);
}

// The text of each element of index.html marked data-shell="<key>", in every language of i18n/, each
// in a <span lang>: page/style.css shows the language <html lang> names, so the header and footer
// are in the reader's language from the first paint (page/shell.js chooses it), not after the
// words have loaded.
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function inEveryLanguage(html) {
  const words = Object.fromEntries(
    languages.map((file) => [
      path.basename(file, '.json'),
      JSON.parse(readFileSync(path.join(web, 'i18n', file), 'utf8')),
    ]),
  );
  return html.replace(/(<([a-z0-9]+)[^>]* data-shell="(\w+)"[^>]*>)[^<]*(<\/\2>)/g, (whole, open, tag, key, close) => {
    const texts = Object.entries(words).map(([language, all]) => {
      if (typeof all[key] !== 'string') throw new Error(`web/index.html: i18n/${language}.json has no "${key}"`);
      return `<span lang="${language}">${escapeHtml(all[key])}</span>`;
    });
    return `${open.replace(` data-shell="${key}"`, ' data-shell')}${texts.join('')}${close}`;
  });
}

function write(file, text) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}

const sources = filesUnder(web).filter((file) => file !== 'sw.js' && !CONVERTED.test(file) && !BUNDLED.test(file));
const languages = readdirSync(path.join(web, 'i18n'))
  .filter((file) => file.endsWith('.json'))
  .sort();
const wordFiles = languages.map((file) => path.join(web, 'i18n', file));
const keys = wordKeys(wordFiles);
const generated = {
  'generated/markup.js': markupModule(path.join(web, 'element/checker.html')),
  'generated/styles.js': stylesModule(path.join(web, 'element/checker.css'), minifyCss),
  'generated/startup-words.js': startupWordsModule(wordFiles),
  'generated/word-keys.js': wordKeysModule(keys),
  'generated/wasm-sha256.js': wasmHashesModule(
    ['iin-checker-core.wasm', 'iin-checklist-core.wasm', 'iin-many-core.wasm'].map((file) => path.join(site, file)),
  ),
  ...Object.fromEntries(
    languages.map((file) => [
      `generated/words-${path.basename(file, '.json')}.js`,
      wordsModule(path.join(web, 'i18n', file), keys),
    ]),
  ),
};

for (const file of filesUnder(site)) {
  if (!BUILT.test(file) && !sources.includes(file)) rmSync(path.join(site, file)); // generated/ is written anew
}
removeEmptyFolders(site);
for (const file of sources) copySource(file);
for (const [file, text] of Object.entries(generated)) write(file, text);
copyFileSync(path.join(root, 'LICENSE'), path.join(site, 'LICENSE'));

// Minified, with its licence header kept on top, and a map to the package's own file. The
// .xlsx writer (vendor/) was bundled with its map by bundle-xlsx.mjs.
const requireHere = createRequire(import.meta.url);
const thirdPartyFiles = [];
for (const [name, file] of Object.entries(THIRD_PARTY)) {
  const output = `third-party/${name}.js`;
  const code = readFileSync(requireHere.resolve(`${name}/${file}`), 'utf8');
  const licence = code.match(/^\/\*[\s\S]*?\*\//)?.[0];
  if (!licence?.includes('Permission is hereby granted'))
    throw new Error(`${name}/${file} no longer starts with its licence`);
  const { code: minified, map } = transformSync(code, {
    minify: true,
    format: 'esm',
    legalComments: 'none',
    target: 'es2020',
    sourcemap: 'external',
    sourcefile: path.relative(path.join(site, 'third-party'), requireHere.resolve(`${name}/${file}`)), // ownMap() renames it
    // As a legal comment (/*!), which bundlers keep: the page's bundle, and a host's.
    banner: licence.replace(/^\/\*/, '/*!'),
  });
  write(output, sourceMapped(output, minified));
  write(`${output}.map`, map);
  thirdPartyFiles.push(output);
}
const bundled = filesUnder(site).filter((file) => /^vendor\/.*\.js$/.test(file));
const packageFolders = [...thirdPartyFiles, ...bundled].flatMap((file) => ownMap(site, file));
write('THIRD-PARTY-NOTICES.md', thirdPartyNotices(packageFolders));

// The npm package's version is the project's (CMakeLists.txt).
const manifest = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8'));
writeFileSync(path.join(site, 'package.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);

const page = await bundlePage({ build, web, site });
for (const { path: file, contents } of page.outputs) writeFileSync(file, contents);
const PRELOAD = '<link rel="modulepreload" href="page/main.js">';
const index = readFileSync(path.join(site, 'index.html'), 'utf8');
if (!index.includes(PRELOAD)) throw new Error(`web/index.html no longer has ${PRELOAD} to replace`);
writeFileSync(
  path.join(site, 'index.html'),
  inEveryLanguage(index).replace(
    PRELOAD,
    page.eager.map((file) => `<link rel="modulepreload" href="${file}">`).join('\n  '),
  ),
);

const words = Object.values(page.words);
const cached = [
  ...page.files.filter((file) => !words.includes(file) && !page.later.includes(file)),
  ...filesUnder(site).filter((file) => PAGE_FILES.test(file)),
].sort();
const onDemand = [...filesUnder(site).filter((file) => ON_DEMAND.test(file)), ...page.later].sort();
const hash = createHash('sha256'); // on-demand files and words too: a new one must replace the one kept
for (const file of [...cached, ...words, ...onDemand]) hash.update(file).update(readFileSync(path.join(site, file)));
const cacheVersion = hash.digest('hex').slice(0, 16);
const worker = readFileSync(path.join(web, 'sw.js'), 'utf8')
  .replace("const VERSION = 'dev';", `const VERSION = '${cacheVersion}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(['./', ...cached], null, 2)};`)
  .replace('const WORDS = {};', `const WORDS = ${JSON.stringify(page.words, null, 2)};`)
  .replace('const ON_DEMAND_FILES = [];', `const ON_DEMAND_FILES = ${JSON.stringify(onDemand, null, 2)};`)
  .replace(
    'const CHECK_MANY_FILES = [];',
    `const CHECK_MANY_FILES = ${JSON.stringify(['iin-many-core.wasm', ...page.later])};`,
  );
if (
  !worker.includes(cacheVersion) ||
  !worker.includes(words[0]) ||
  !worker.includes(onDemand[0]) ||
  !worker.includes(`"${page.later[0]}"`)
)
  throw new Error(
    'web/sw.js no longer has the VERSION, FILES, WORDS, ON_DEMAND_FILES and CHECK_MANY_FILES lines to fill',
  );
writeFileSync(
  path.join(site, 'sw.js'),
  transformSync(worker, { target: 'es2022', charset: 'utf8', minify: true, legalComments: 'none' }).code,
);
console.log(
  `site: ${sources.length} files from web/, ${Object.keys(generated).length} generated, ${page.files.length} page scripts, ${cached.length} kept offline, cache version ${cacheVersion}`,
);
