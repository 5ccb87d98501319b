// Source maps and licence notices for the site's JavaScript. Every minified file gets a map whose
// sources are named from the package's root ("web/lib/modules.js" for ours,
// "node_modules/fflate/esm/browser.js" for a bundled package's), with their text inside it; the
// packages whose code the site carries are read from those maps, and THIRD-PARTY-NOTICES.md
// gives each one's name, version and licence text, as their licences ask of any copy.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `code` with the comment that points to its map, `file`.map beside it. */
export function sourceMapped(file, code) {
  return `${code.trimEnd()}\n//# sourceMappingURL=${path.posix.basename(file)}.map\n`;
}

/** `original` (a path from the package's root) as a map beside `file` names it. */
export const sourceName = (file, original) => path.posix.relative(path.posix.dirname(file), original);

// The folder of the npm package that holds `file` (an absolute path), with its package.json.
function packageOf(file) {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && path.basename(path.dirname(dir)).match(/^(node_modules|@[^/]+)$/)) {
      return { dir, ...JSON.parse(readFileSync(manifest, 'utf8')) };
    }
  }
  throw new Error(`${file} is in no npm package`);
}

/**
 * Rewrites the map of `file` (a site path) made by a bundler in `site`: every source in an npm
 * package is named node_modules/<package>/…, ours web/…; returns those packages' folders.
 */
export function ownMap(site, file) {
  const mapFile = path.join(site, `${file}.map`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const folders = [];
  map.sources = map.sources.map((source) => {
    const absolute = path.resolve(path.dirname(mapFile), source);
    const own = path.relative(root, absolute).split(path.sep).join('/');
    if (own.startsWith('web/')) return sourceName(file, own); // ours (web/xlsx/xlsx-reader.js)
    const { dir, name } = packageOf(absolute);
    folders.push(dir);
    return sourceName(file, `node_modules/${name}/${path.relative(dir, absolute).split(path.sep).join('/')}`);
  });
  writeFileSync(mapFile, JSON.stringify(map));
  return folders;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** THIRD-PARTY-NOTICES.md for the packages in `folders`: name, version, licence and its text. */
export function thirdPartyNotices(folders) {
  const packages = new Map();
  for (const dir of folders) {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((name) => LICENCE_FILE.test(name));
    if (!licenceFile) throw new Error(`${manifest.name} ships no licence file: its notice cannot be written`);
    packages.set(manifest.name, { ...manifest, text: readFileSync(path.join(dir, licenceFile), 'utf8').trim() });
  }
  const sections = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      ({ name, version, license, text }) =>
        `## ${name} ${version}\n\nLicence: ${license}. From npm: https://www.npmjs.com/package/${name}\n\n` +
        `\`\`\`text\n${text}\n\`\`\`\n`,
    );
  return (
    '# Third-party notices\n\n' +
    'The IIN Checker carries code from these packages (bundled or minified into `vendor/` and\n' +
    '`third-party/`). Their licences ask that this notice go with every copy.\n\n' +
    sections.join('\n')
  );
}
