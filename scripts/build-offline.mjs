// Builds iin-checker-offline.html: the whole site in one file that works opened from disk, with
// no server and no network. The page's code, with the element's markup, styles and words, is
// bundled into one inline module; the checklist engine, Check many's module (it checks single
// numbers too, so the smaller number module is left out) and the rules (gzipped, in base64) are
// stored in a JSON block that element/resources.js reads instead of fetching. A Content-Security-Policy
// allows exactly the inline script and style, by hash, and WebAssembly.
//   node scripts/build-offline.mjs <site folder>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pageEntry } from './page-bundle.mjs';

const { build } = await import('esbuild').catch(() => {
  throw new Error('esbuild is missing: run scripts/setup (it installs scripts/package-lock.json)');
});
const site = path.resolve(process.argv[2] ?? 'build/site');
const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web');
const OUTPUT = 'iin-checker-offline.html';
const LIMIT = 400 * 1024;
const read = (file) => readFileSync(path.join(site, file), 'utf8');

// The words of the three languages travel as data with the modules (below), not as code: the
// element's import() of a words module finds an empty one here and reads the page's copy instead.
const WORDS_MODULE = /generated\/words-([a-z]+)\.js$/;
const wordsAsData = {
  name: 'words-as-data',
  setup(build) {
    build.onLoad({ filter: WORDS_MODULE }, () => ({ contents: 'export const WORDS = null;' }));
  },
};
const entry = pageEntry(web, site); // the page's source, with the site's modules
const bundle = await build({
  ...entry,
  plugins: [...entry.plugins, wordsAsData],
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
  legalComments: 'none',
  target: 'es2022',
  charset: 'utf8',
});
// "</script" inside the code would end the inline script early.
const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');

const files = {};
for (const file of ['iin-checklist-core.wasm', 'iin-many-core.wasm', 'ruleset.json']) {
  files[file] = { gzipBase64: gzipSync(readFileSync(path.join(site, file)), { level: 9 }).toString('base64') };
}
for (const language of ['en', 'ru', 'kk']) {
  const { WORDS } = await import(pathToFileURL(path.join(site, `generated/words-${language}.js`)).href);
  files[`words-${language}.json`] = { gzipBase64: gzipSync(JSON.stringify(WORDS), { level: 9 }).toString('base64') };
}
const data = JSON.stringify(files).replace(/</g, '\\u003c');
const style = read('page/style.css');
// page/shell.js, the classic script in <head> that sets the page's language before it is drawn
// (without the pointer to its map, which a single file does not carry).
const shell = read('page/shell.js')
  .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
  .replace(/<\/script/gi, '<\\/script');
const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src ${hash(shell)} ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(style)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const page = read('index.html')
  .replace(
    /<meta http-equiv="Content-Security-Policy"[^>]*>/,
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
  )
  .replace(/\s*<link rel="(icon|manifest|modulepreload|preload)"[^>]*>/g, '')
  .replace('<link rel="stylesheet" href="page/style.css">', () => `<style>${style}</style>`)
  .replace('<script src="page/shell.js"></script>', () => `<script>${shell}</script>`)
  .replace(/\s*<script type="module" src="page\/main.js"><\/script>/, '')
  .replace(
    '</body>',
    () =>
      `<script type="application/json" id="iin-checker-files">${data}</script>\n` +
      `<script type="module">${script}</script>\n</body>`,
  );
for (const leftover of ['href="page/style.css"', 'src="page/main.js"', 'src="page/shell.js"']) {
  if (page.includes(leftover)) throw new Error(`index.html changed: ${leftover} was not inlined`);
}
writeFileSync(path.join(site, OUTPUT), page);
const bytes = Buffer.byteLength(page);
console.log(`${OUTPUT}: ${bytes} bytes (limit ${LIMIT})`);
if (bytes > LIMIT) throw new Error(`${OUTPUT} is ${bytes} bytes, over ${LIMIT}`);
