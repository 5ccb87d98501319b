// The offline cache belongs to one deployment: a new build replaces its own cache, and two copies
// of the site on one origin (/iin/ and /iin-test/) never touch each other's. It keeps the words of
// the languages in use only: another language chosen offline needs a connection, and says so.
// The rules are asked for from the server first: a host may edit them without a new build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siteDir } from '../js/site.mjs';
import { controlled, languagesKept, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { text } from './translations.mjs';

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

const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).sort());
async function assertLanguagesKept(page, expected, message) {
  assert.deepEqual(await languagesKept(page, expected), expected, message);
}

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
    // Polled in the page: waitForFunction does not wait for a promise.
    const replaced = await pages['iin-test'].evaluate(async () => {
      for (let tries = 0; tries < 100; tries += 1) {
        const names = await caches.keys();
        if (names.length === 2 && names.some((name) => name.endsWith(' feedfacefeedface'))) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    });
    assert.ok(replaced, 'the new build of /iin-test/ took over its cache');
  } finally {
    host.overrides.clear();
  }
  const after = await cacheNames(pages.iin);
  assert.ok(after.includes(first.find((name) => name.includes('/iin/ '))), 'the /iin/ cache is untouched');
  assert.ok(
    after.includes(`iin-checker ${host.origin}/iin-test/ feedfacefeedface`),
    'the /iin-test/ cache was replaced',
  );

  // Both still work with the network off, once each has kept the words of English.
  await assertLanguagesKept(pages.iin, ['en', 'en'], 'each deployment keeps English');
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

test('only the languages in use are kept offline; another one, chosen offline, needs a connection and says so', async () => {
  const context = await launchBrowser();
  const page = await openPage(context, `${host.origin}/iin/#view=number&lang=ru`);
  await whenReady(page);
  await controlled(page);
  await assertLanguagesKept(page, ['ru'], 'the words of Russian, fetched before the worker took over');

  // Offline after a reload: the page in Russian, whole.
  await context.setOffline(true);
  await page.reload();
  await whenReady(page);
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();

  // Kazakh was never loaded: the page stays in Russian and says why, in Russian.
  await page.locator('#language').selectOption('kk');
  const notice = page.locator('#language-notice');
  await notice.getByText(text('ru', 'languageNeedsConnection', { language: 'Қазақша' })).waitFor();
  assert.equal(await page.locator('#language').inputValue(), 'ru');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  assert.match(page.url(), /[#&]lang=ru(&|$)/);
  assert.equal(await page.locator('#number-verdict').getByText(text('ru', 'verdictValidIin')).count(), 1);
  // The browser logs the file it could not fetch; nothing else went wrong.
  assert.deepEqual(
    page.problems.filter((problem) => !problem.startsWith('console: Failed to load resource')),
    [],
  );
  assert.ok(page.problems.length > 0, 'the words of Kazakh were asked for');

  // A link in Kazakh opened offline: the page opens in the language at hand, whole, and says why.
  const linked = await openPage(context, `${host.origin}/iin/#view=number&lang=kk`);
  await whenReady(linked);
  await linked
    .locator('#language-notice')
    .getByText(text('ru', 'languageNeedsConnection', { language: 'Қазақша' }))
    .waitFor();
  assert.equal(await linked.evaluate(() => document.documentElement.lang), 'ru');
  assert.equal(await linked.locator('iin-checker').getAttribute('lang'), 'ru');
  assert.match(linked.url(), /[#&]lang=ru(&|$)/);
  await linked.locator('#number').fill('901123300258');
  await linked.locator('#number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();
  await linked.close();

  // Online, Kazakh loads and is kept: it works offline from then on, the note gone.
  await context.setOffline(false);
  await page.locator('#language').selectOption('kk');
  await page.locator('#number-verdict').getByText(text('kk', 'verdictValidIin')).waitFor();
  assert.equal(await notice.innerText(), '');
  await assertLanguagesKept(page, ['kk', 'ru'], 'Kazakh too, once used');
  await context.setOffline(true);
  await page.reload();
  await whenReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText(text('kk', 'verdictValidIin')).waitFor();
  await context.close();
});

test('a new build keeps the languages the old one kept', async () => {
  const context = await launchBrowser();
  const page = await openPage(context, `${host.origin}/iin-test/#view=number&lang=kk`);
  await whenReady(page);
  await controlled(page);
  await assertLanguagesKept(page, ['kk']);
  newBuild('iin-test', 'beefbeefbeefbeef');
  try {
    await update(page);
  } finally {
    host.overrides.clear();
  }
  // The old build's cache goes once the new one has taken over (waitForFunction takes no promise).
  await page.evaluate(async () => {
    for (let tries = 0; tries < 100 && (await caches.keys()).length > 1; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
  });
  assert.deepEqual(await cacheNames(page), [`iin-checker ${host.origin}/iin-test/ beefbeefbeefbeef`]);
  await assertLanguagesKept(page, ['kk'], "the new build's cache has Kazakh");
  await context.setOffline(true);
  await page.reload();
  await whenReady(page);
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText(text('kk', 'verdictValidIin')).waitFor();
  assert.deepEqual(page.problems, []);
  await context.close();
});

// /iin/ in English, once its worker controls it and keeps the words of English.
async function openKeptInEnglish(context) {
  const page = await openPage(context, `${host.origin}/iin/#view=number&lang=en`);
  await whenReady(page);
  await controlled(page);
  await assertLanguagesKept(page, ['en'], 'English kept before the network goes');
  return page;
}

test('rules edited on the server reach a visitor whose worker keeps the old ones; offline, the last ones seen are used', async () => {
  const context = await launchBrowser();
  const page = await openKeptInEnglish(context);
  const firstChannel = () =>
    page.evaluate(async () => {
      const checker = await document.querySelector('iin-checker').checker;
      return { builtIn: checker.rules.builtIn, title: checker.categories('en').channels[0].title };
    });
  const shipped = await firstChannel();
  assert.equal(shipped.builtIn, true);

  // A host corrects a title in the deployed file, with no new build (the worker's version stays).
  const rules = JSON.parse(readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8'));
  const edited = `${shipped.title} (edited on the server)`;
  const channel = rules.channels.find((entry) => entry.title.en === shipped.title);
  channel.title.en = edited;
  host.overrides.set('/iin/ruleset.json', Buffer.from(JSON.stringify(rules)));
  try {
    await page.reload();
    await whenReady(page);
    assert.deepEqual(await firstChannel(), { builtIn: false, title: edited }, 'the edited rules, validated in full');
    await context.setOffline(true);
    await page.reload();
    await whenReady(page);
    assert.deepEqual(await firstChannel(), { builtIn: false, title: edited }, 'offline: the last rules seen');
    assert.deepEqual(page.problems, []);
  } finally {
    host.overrides.clear();
    await context.close();
  }
});

test('a server that does not answer for the rules: the worker answers with the kept copy', async () => {
  const context = await launchBrowser();
  const page = await openKeptInEnglish(context);
  const firstChannel = () =>
    page.evaluate(async () => (await document.querySelector('iin-checker').checker).categories('en').channels[0].title);
  const shipped = await firstChannel();
  // From now on the server takes the request for the rules and never answers.
  let asked = 0;
  await context.route('**/iin/ruleset.json', () => {
    asked += 1;
  });
  await page.reload();
  await whenReady(page);
  assert.equal(await firstChannel(), shipped, 'the kept rules, while the server keeps silent');
  assert.ok(asked > 0, 'the worker asked the server first');
  assert.deepEqual(page.problems, []);
  await context.close();
});
