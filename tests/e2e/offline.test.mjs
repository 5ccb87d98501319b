// The offline cache belongs to one deployment: a new build replaces its own cache, and two copies
// of the site on one origin (/iin/ and /iin-test/) never touch each other's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siteDir } from '../js/site.mjs';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';

const DEPLOYMENTS = ['iin', 'iin-test'];
let root;
let host;
before(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'iin-origin-'));
  // Copies: the server refuses a symlink that leads out of its root, as a web server should.
  for (const folder of DEPLOYMENTS) cpSync(siteDir, path.join(root, folder), { recursive: true });
  host = await startSite({ root });
});
after(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).sort());
const newBuild = (folder, version) => {
  const worker = readFileSync(path.join(siteDir, 'sw.js'), 'utf8'); // minified: const VERSION="…"
  const rebuilt = worker.replace(/(const VERSION\s*=\s*)(['"])[0-9a-f]+\2/, `$1'${version}'`);
  assert.notEqual(rebuilt, worker, 'sw.js has its VERSION');
  host.overrides.set(`/${folder}/sw.js`, Buffer.from(rebuilt));
};

async function update(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const changed = new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
    await registration.update();
    await changed;
  });
}

test('two deployments on one origin keep their own caches; a new build of one replaces only its own', async () => {
  const context = await launchBrowser();
  const pages = {};
  for (const folder of DEPLOYMENTS) {
    pages[folder] = await openPage(context, `${host.origin}/${folder}/#view=number`);
    await whenReady(pages[folder]);
    await controlled(pages[folder]);
  }
  const first = await cacheNames(pages.iin);
  assert.equal(first.length, 2, first.join(' | '));
  for (const folder of DEPLOYMENTS) {
    assert.equal(first.filter((name) => name.startsWith(`iin-checker ${host.origin}/${folder}/ `)).length, 1, folder);
  }

  newBuild('iin-test', 'feedfacefeedface');
  try {
    await update(pages['iin-test']);
    await pages['iin-test'].waitForFunction(
      async () =>
        (await caches.keys()).length === 2 && (await caches.keys()).some((name) => name.endsWith(' feedfacefeedface')),
    );
  } finally {
    host.overrides.clear();
  }
  const after = await cacheNames(pages.iin);
  assert.ok(after.includes(first.find((name) => name.includes('/iin/ '))), 'the /iin/ cache is untouched');
  assert.ok(
    after.includes(`iin-checker ${host.origin}/iin-test/ feedfacefeedface`),
    'the /iin-test/ cache was replaced',
  );

  // Both still work with the network off.
  await context.setOffline(true);
  for (const folder of DEPLOYMENTS) {
    const page = pages[folder];
    await page.reload();
    await whenReady(page);
    await page.locator('#number').fill('901123300258');
    await page.locator('#number-verdict').getByText('Valid IIN').waitFor();
    assert.deepEqual(page.problems, [], folder);
  }
  await context.close();
});
