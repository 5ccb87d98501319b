// Assembles the deployable site: web/ copied beside the compiled modules (files no longer in
// web/ are removed), and the service worker written with the list of files to keep offline and
// a version that changes whenever any of them changes.
//   node scripts/assemble-site.mjs <web folder> <site folder> <version>
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [web, site, version] = process.argv.slice(2);
// Built by CMake beside web/'s files: the modules, the validated rules (and their schema, for hosts
// who edit them: not needed offline), the single-file build and the service worker.
const BUILT = /^(iin-checker-core\.(js|wasm)|iin-checklist-core\.wasm|ruleset(\.schema)?\.json|iin-checker-offline\.html|sw\.js)$/;
const NOT_CACHED = /(^sw\.js$|\.d\.ts$|^package\.json$|^ruleset\.schema\.json$|^iin-checker-offline\.html$|^demo\/)/;

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
