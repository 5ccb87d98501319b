// Prints how soon the page can check a number, and show a verdict, after navigation, in
// headless Chromium: as it is and with the CPU slowed 4x through the DevTools protocol.
// Each run is a first visit (new profile, no cache, no service worker). Figures only.
//   node tests/bench/page.mjs [runs]
import { launchBrowser, startSite } from '../e2e/browser.mjs';

const RUNS = Number(process.argv[2] ?? 5);

// As soon as the checker is ready, type a number: the verdict mark then tells when a person
// typing at that moment would have seen the answer.
function typeWhenReady() {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('iin:ready').length) return;
    observer.disconnect();
    const field = document.querySelector('iin-checker').shadowRoot.getElementById('number');
    field.value = '901123300258';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }).observe({ type: 'mark', buffered: true });
}

async function measure(site, throttle) {
  const context = await launchBrowser();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(typeWhenReady);
  await page.goto(`${site.origin}/#view=number`);
  await page.waitForFunction(() => performance.getEntriesByName('iin:first-verdict').length > 0);
  const times = await page.evaluate(() => ({
    ready: performance.getEntriesByName('iin:ready')[0].startTime,
    verdict: performance.getEntriesByName('iin:first-verdict')[0].startTime,
    loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  }));
  await context.close();
  return times;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const site = await startSite();
console.log(`Page timings, median of ${RUNS} first visits, headless Chromium, loopback server (gzip):`);
for (const throttle of [1, 4]) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(site, throttle));
  const label = throttle === 1 ? 'CPU as is' : `CPU slowed ${throttle}x`;
  console.log(`  ${label.padEnd(16)} DOM ready ${median(runs.map((r) => r.loaded)).toFixed(0).padStart(5)} ms   ` +
    `first possible check ${median(runs.map((r) => r.ready)).toFixed(0).padStart(5)} ms   ` +
    `verdict ${median(runs.map((r) => r.verdict)).toFixed(0).padStart(5)} ms`);
}
await site.close();
