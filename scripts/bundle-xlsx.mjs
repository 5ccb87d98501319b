// Bundles the .xlsx writer (excel-builder-vanilla, pinned in scripts/package-lock.json) into one
// ES module of the site, vendor/xlsx-writer.js, and the .xlsx reader (web/xlsx/xlsx-reader.js with
// fflate, pinned there too) into vendor/xlsx-reader.js. The page imports each only when someone
// asks for an .xlsx export or chooses a workbook, so neither is part of a first visit (nor of the
// service worker's first cache). Only the synchronous zip is bundled: the asynchronous one starts
// workers from blob: URLs, which the site's Content-Security-Policy forbids.
//   node scripts/bundle-xlsx.mjs <site folder>
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const { build } = await import('esbuild').catch(() => {
  throw new Error('esbuild is missing: run scripts/setup (it installs scripts/package-lock.json)');
});
const site = path.resolve(process.argv[2] ?? 'build/site');
const OUTPUT = 'vendor/xlsx-writer.js';
const READER = 'vendor/xlsx-reader.js';
const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  stdin: {
    contents: "export { createWorkbook, createExcelFileStream } from 'excel-builder-vanilla';",
    resolveDir: path.dirname(fileURLToPath(import.meta.url)),
    sourcefile: 'xlsx-writer.js',
  },
  bundle: true,
  format: 'esm',
  minify: true,
  legalComments: 'eof',
  target: 'es2022',
  sourcemap: true, // its sources name the packages bundled: THIRD-PARTY-NOTICES.md is written from them
  outfile: path.join(site, OUTPUT),
});
console.log(`${OUTPUT}: excel-builder-vanilla, bundled`);

await build({
  entryPoints: [path.join(here, '../web/xlsx/xlsx-reader.js')],
  nodePaths: [path.join(here, 'node_modules')],
  bundle: true,
  format: 'esm',
  minify: true,
  legalComments: 'eof',
  target: 'es2022',
  sourcemap: true,
  outfile: path.join(site, READER),
});
console.log(`${READER}: web/xlsx/xlsx-reader.js with fflate, bundled`);
