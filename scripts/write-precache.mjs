// Writes the site's service worker: web/sw.js with the list of files to keep offline and a
// version that changes whenever any of them changes (so the new cache replaces the old one).
//   node scripts/write-precache.mjs <web/sw.js> <site folder>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [template, site] = process.argv.slice(2);
const NOT_CACHED = /(^sw\.js$|\.d\.ts$|^package\.json$|^iin-checker-offline\.html$|^iin-checker-element\.js$|^demo\/)/;

function filesUnder(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) return filesUnder(path.join(folder, entry.name), `${relative}/`);
    return NOT_CACHED.test(relative) ? [] : [relative];
  });
}

const files = filesUnder(site).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(path.join(site, file)));
const version = hash.digest('hex').slice(0, 16);

const worker = readFileSync(template, 'utf8')
  .replace("const VERSION = 'dev';", `const VERSION = '${version}';`)
  .replace('const FILES = [];', `const FILES = ${JSON.stringify(['./', ...files], null, 2)};`);
if (!worker.includes(version)) throw new Error(`${template} no longer has the VERSION and FILES lines to fill`);
writeFileSync(path.join(site, 'sw.js'), worker);
console.log(`sw.js: ${files.length} files, cache version ${version}`);
