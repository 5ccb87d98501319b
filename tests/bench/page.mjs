// Prints how soon a first visitor sees a verdict in "Check a number", next to how long the same
// page's HTML and CSS alone take to load, measured in the same run: headless Chromium, a fresh
// profile each time (no cache, no service worker), a loopback server with gzip, the CPU as it is
// and slowed 4x through the DevTools protocol. Figures only: nothing here passes or fails on time.
//   node tests/bench/page.mjs [runs]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from '../js/site.mjs';
import { launchBrowser, startSite, typeNumberWhenReady } from '../e2e/browser.mjs';

const RUNS = Number(process.argv[2] ?? 5);
// The baseline: index.html without its scripts, so the browser loads the HTML, the CSS and the icon.
const htmlAlone = readFileSync(path.join(siteDir, 'index.html'), 'utf8')
  .replace(/<script[^>]*><\/script>/g, '')
  .replace(/<link rel="modulepreload"[^>]*>/g, '');

async function measure(site, throttle, { verdict }) {
  const context = await launchBrowser();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (verdict) await page.addInitScript(typeNumberWhenReady);
  await page.goto(`${site.origin}/#view=number`);
  if (verdict) await page.waitForFunction(() => performance.getEntriesByName('iin:first-verdict').length > 0);
  else await page.waitForLoadState('load');
  const times = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    ready: performance.getEntriesByName('iin:ready')[0]?.startTime,
    verdict: performance.getEntriesByName('iin:first-verdict')[0]?.startTime,
  }));
  await context.close();
  return times;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0).padStart(5)} ms`;
const site = await startSite();
const baseline = await startSite({ overrides: new Map([['/', Buffer.from(htmlAlone)]]) });
console.log(`Page timings, median of ${RUNS} first visits, headless Chromium, loopback server (gzip):`);
for (const throttle of [1, 4]) {
  const alone = [];
  const page = [];
  for (let i = 0; i < RUNS; i += 1) {
    alone.push(await measure(baseline, throttle, { verdict: false }));
    page.push(await measure(site, throttle, { verdict: true }));
  }
  const html = median(alone.map((r) => r.loaded));
  const verdict = median(page.map((r) => r.verdict));
  const label = throttle === 1 ? 'CPU as is' : `CPU slowed ${throttle}x`;
  console.log(
    `  ${label.padEnd(16)} HTML and CSS alone loaded ${ms(html)}   first possible check ${ms(median(page.map((r) => r.ready)))}   ` +
      `verdict shown ${ms(verdict)}   (${(verdict / html).toFixed(1)}x the HTML alone)`,
  );
}
await Promise.all([site.close(), baseline.close()]);
