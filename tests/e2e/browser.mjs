// Real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, and the built
// site served on loopback by the project's own static server.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serveStatic } from '../../scripts/static-server.mjs';
import { siteDir } from '../js/site.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(siteDir, '../test-artifacts');

// Without these flags Chromium reaches for Google's servers at start-up.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
];

// One Chromium per process (a test file, a benchmark), started by the first launchBrowser() and
// closed when no context has been open for a moment, so a process that is done can end.
let browser = null;
let openContexts = 0;
let closing = null;
const IDLE_MS = 2000;

/**
 * A fresh browser context each time: its own cache, storage and service workers, so nothing
 * carries over from another (options: Playwright's context options).
 */
export async function launchBrowser(options = {}) {
  clearTimeout(closing);
  browser ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS });
  const context = await (await browser).newContext({ serviceWorkers: 'allow', ...options });
  openContexts += 1;
  context.on('close', () => {
    openContexts -= 1;
    if (openContexts > 0) return;
    closing = setTimeout(() => {
      const done = browser;
      browser = null;
      done?.then((b) => b.close());
    }, IDLE_MS);
  });
  return context;
}

/** Serves build/site; returns { origin, sent, overrides, close }. */
export async function startSite(options = {}) {
  const server = await serveStatic({
    root: options.root ?? siteDir,
    headers: options.headers,
    overrides: options.overrides,
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: server.sent,
    overrides: server.overrides,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}

/** Records every request the context makes, so tests can assert none leaves the site's origin. */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/**
 * A new page whose console errors, uncaught exceptions and CSP violations are collected. With
 * `now` (a Date or an ISO date-time), the page's clock is pinned to it before anything loads.
 */
export async function openPage(context, url, { now } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    // For whenReady(): the elements that have said they are ready.
    window.iinReadyElements = new Set();
    document.addEventListener('iin-ready', (event) => window.iinReadyElements.add(event.target), true);
  });
  page.problems = problems;
  if (now) await page.clock.setFixedTime(new Date(now));
  if (url) await page.goto(url);
  return page;
}

/**
 * For page.addInitScript: as soon as the page's checker is ready, types a valid IIN into it, so
 * the 'iin:first-verdict' mark tells when a person typing at that moment would see the answer.
 */
export function typeNumberWhenReady() {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('iin:ready').length) return;
    observer.disconnect();
    const field = document.querySelector('iin-checker').shadowRoot.getElementById('number');
    field.value = '901123300258';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }).observe({ type: 'mark', buffered: true });
}

/** On the page (opened at #view=number): checks a number, then lists the documents for a PSC. */
export async function useNumberAndDocuments(page) {
  await whenReady(page);
  await page.locator('#number').fill('901123300258');
  await page.locator('#number-verdict').getByText('Valid IIN').waitFor();
  await page.locator('.tabs__tab[data-view="documents"]').click();
  await page.locator('#channel-psc').check();
  await page.locator('#items li').first().waitFor();
}

/**
 * In `scope` (a page, or the locator of one element): "Check many" checks two lines, one valid,
 * one not; `tab`: open it by its tab first.
 */
export async function checkTwoLines(scope, { tab = true } = {}) {
  if (tab) await scope.locator('.tabs__tab[data-view="many"]').click();
  await scope.locator('#many-text').fill('901123300258\n901123300257');
  await scope.locator('#many-run').click();
  await scope.locator('#many-rows tr').nth(1).waitFor();
}

/**
 * Waits until every checker on the page (opened with openPage) has said it is ready: its
 * 'iin-ready' event. (Not the performance mark it also sets: a pinned clock replaces the page's
 * performance timeline.)
 */
export async function whenReady(page) {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('iin-checker')];
    return elements.length > 0 && elements.every((element) => window.iinReadyElements?.has(element));
  });
}

/** Waits until a service worker controls the page. */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

/**
 * The languages whose words the page's caches hold, sorted, once they are `expected` (the worker
 * keeps the page's language a moment after it has taken over), or as they are after 10 s. A test
 * that goes offline waits for them first.
 */
export async function languagesKept(page, expected) {
  return page.evaluate(async (want) => {
    for (let tries = 0; ; tries += 1) {
      const languages = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys())
          languages.push(...(request.url.match(/\/words-([a-z]+)-[^/]*$/)?.slice(1) ?? []));
      }
      languages.sort();
      if (JSON.stringify(languages) === want || tries === 100) return languages;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, JSON.stringify(expected));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is now; with `wcag22`, WCAG 2.2 AA's
 * too (target size: controls at least 24 by 24 CSS pixels, or spaced as if they were).
 */
export async function axeViolations(page, { wcag22 = false } = {}) {
  // evaluate() runs over the DevTools protocol, which the page's CSP does not restrict.
  await page.evaluate(axeSource);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', ...(wcag22 ? ['wcag22aa'] : [])];
  // axe-core ships target-size switched off: a tag alone does not run it.
  const rules = wcag22 ? { 'target-size': { enabled: true } } : {};
  const results = await page.evaluate(
    ([values, enabled]) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values },
        rules: enabled,
      }),
    [tags, rules],
  );
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
