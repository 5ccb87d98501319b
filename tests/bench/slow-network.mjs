// Prints how soon a first visit over a slow connection (400 ms round trip, 400 kbit/s each way,
// Chromium's network emulation) receives the page, paints its frame and "loading" line (the HTML
// and its small stylesheet are all that takes) and gives the first usable field: the
// number field, or the first answer of "My documents". Headless Chromium, loopback server; each
// run a first visit (new profile, no cache, no service worker). Figures only.
//   node tests/bench/slow-network.mjs [runs]
import { launchBrowser, startSite } from '../e2e/browser.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const SLOW = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const VIEWS = { number: 'number', documents: 'channel-consulate' };

async function measure(site, view) {
  const context = await launchBrowser();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await page.goto(`${site.origin}/#view=${view}`, { waitUntil: 'commit' });
  // The first usable field: the view's first control exists, is shown and enabled.
  await page.waitForFunction(
    (id) => {
      const field = document.querySelector('iin-checker')?.shadowRoot?.getElementById(id);
      if (!field || field.disabled || field.getClientRects().length === 0) return false;
      performance.mark('bench:usable');
      return true;
    },
    VIEWS[view],
    { polling: 20, timeout: 120_000 },
  );
  const times = await page.evaluate(() => ({
    html: performance.getEntriesByType('navigation')[0].responseEnd,
    paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    usable: performance.getEntriesByName('bench:usable')[0].startTime,
    bytes:
      performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0) +
      performance.getEntriesByType('navigation')[0].transferSize,
  }));
  await context.close();
  return times;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const site = await startSite();
console.log(`Slow connection (400 ms round trip, 400 kbit/s), first visit, median of ${RUNS}, headless Chromium:`);
for (const view of Object.keys(VIEWS)) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(site, view));
  const ms = (key) =>
    median(runs.map((r) => r[key]))
      .toFixed(0)
      .padStart(5);
  console.log(
    `  ${`#view=${view}`.padEnd(16)} first response (the HTML) ${ms('html')} ms   first paint ${ms('paint')} ms   ` +
      `first usable field ${ms('usable')} ms   (${(median(runs.map((r) => r.bytes)) / 1024).toFixed(0)} KB transferred by then)`,
  );
}
await site.close();
