// "My documents" for the browser tests: the page opened on a pinned day (the view refuses past
// application days, so no test may depend on the real today), at a phone's or a desktop's width.
import { after, before } from 'node:test';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';

/** The day the tests live in: Monday 4 January 2027, 10:00 local time. */
export const NOW = '2027-01-04T10:00:00';
export const WIDTHS = [360, 1280];
export const PHONE = { width: 360, height: 800 };

/**
 * Opens the page at #view=documents&… with the clock pinned to NOW; `width` sets the viewport,
 * `init` (a function) runs in the page before its own scripts.
 */
export async function documentsPage(
  context,
  origin,
  fragment = '',
  { width = 1280, height = 900, now = NOW, init } = {},
) {
  const page = await openPage(context, undefined, { now });
  if (init) await page.addInitScript(init);
  await page.setViewportSize({ width, height });
  await page.goto(`${origin}/#view=documents${fragment}`);
  await whenReady(page);
  await takeAwayReady(page);
  return page;
}

/**
 * One site and one browser for a test file (started before its tests, closed after them):
 * `suite.open(fragment, options)` opens "My documents"; `suite.site` and `suite.context` once started.
 */
export function documentsSuite() {
  const suite = { open: (fragment, options) => documentsPage(suite.context, suite.site.origin, fragment, options) };
  before(async () => {
    suite.site = await startSite();
    suite.context = await launchBrowser();
  });
  after(async () => {
    await suite.context?.close();
    await suite.site?.close();
  });
  return suite;
}

/** When a checklist is shown: waits for its take-away card (QR code, share, calendar, print), which loads after it. */
export async function takeAwayReady(page, element = page) {
  if (await element.locator('#checklist').isVisible())
    await element.locator('#printed-on:not(:empty)').waitFor({ state: 'attached' });
}

/** Every channel and category the rules offer, as [channel, category | undefined]. */
export async function allCases(page) {
  return page.evaluate(async () => {
    const checker = await document.querySelector('iin-checker').checker;
    return checker
      .categories('en')
      .channels.flatMap((channel) =>
        channel.categories.length
          ? channel.categories.map((category) => [channel.id, category.id])
          : [[channel.id, undefined]],
      );
  });
}

/** Stubs the browser's print dialog (headless Chromium has none); page.pdf() then prints. */
export async function withoutPrintDialog(page) {
  await page.evaluate(() => {
    window.print = () => {};
  });
}
