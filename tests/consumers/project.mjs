// A consumer's project, as a web developer would make one: the site packed with the README's
// command, the tarball installed into a fresh folder with npm, and the fixture app copied in.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir } from '../js/site.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
/** The tools the tests use, from tests/consumers/package-lock.json. */
export const tool = (name) => path.join(here, 'node_modules', name);

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
let tarball;

/** Packs the site once: `npm pack ./build/site`, as the README says, when that is where it is. */
export function packedTarball() {
  if (!tarball) {
    const destination = mkdtempSync(path.join(os.tmpdir(), 'iin-pack-'));
    const asWritten = path.relative(repoRoot, siteDir) === path.join('build', 'site');
    const name = npm(
      ['pack', asWritten ? './build/site' : siteDir, '--pack-destination', destination, '--silent'],
      repoRoot,
    )
      .trim()
      .split('\n')
      .pop();
    tarball = path.join(destination, name);
  }
  return tarball;
}

/**
 * A fresh project folder with the packed package installed and, if asked, the fixture app; in
 * `parent` (a temporary folder by default: a project that needs the tools' own packages, such as
 * Next.js, React, goes in tests/consumers/build/, whence Node finds tests/consumers/node_modules).
 */
export function consumerProject({ app = true, parent = os.tmpdir() } = {}) {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, 'iin-consumer-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', packedTarball()], dir);
  if (app) cpSync(path.join(here, 'app'), dir, { recursive: true });
  return dir;
}
