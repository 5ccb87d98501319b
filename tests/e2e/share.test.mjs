// Share: where the browser has the Web Share API, "Share the link" opens the system's share sheet
// with the checklist's link; elsewhere "Copy the link" puts it on the clipboard (or says how to
// copy it when the clipboard is blocked). In every language, on a phone and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startSite } from './browser.mjs';
import { documentsPage, WIDTHS } from './documents-page.mjs';
import { LANGUAGES, text } from './translations.mjs';

let site;
let context;
before(async () => {
  site = await startSite();
  context = await launchBrowser();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});
after(async () => {
  await context?.close();
  await site?.close();
});

const FRAGMENT = '&channel=consulate&category=spouse&have=passport&apply=2027-01-08';

// The browser's share sheet, as a phone's browser offers it: it records what it was given.
function withShareSheet() {
  window.shared = [];
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: async (data) => {
      window.shared.push(data);
    },
  });
  Object.defineProperty(Navigator.prototype, 'canShare', {
    configurable: true,
    value: (data) => typeof data?.url === 'string',
  });
}

// A desktop browser without the Web Share API.
function withoutShareSheet() {
  delete Navigator.prototype.share;
  delete Navigator.prototype.canShare;
}

test('with the Web Share API the button shares the link', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await documentsPage(context, site.origin, `&lang=${language}${FRAGMENT}`, {
        width,
        init: withShareSheet,
      });
      const button = page.locator('#share');
      assert.equal((await button.innerText()).trim(), text(language, 'share'), label);
      await button.click();
      const link = await page.locator('#link-text').innerText();
      assert.deepEqual(
        await page.evaluate(() => window.shared),
        [{ title: text(language, 'brand'), url: link }],
        label,
      );
      assert.deepEqual(page.problems, [], label);
      await page.close();
    }
  }
});

test('without it the button copies the link, and says so', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await documentsPage(context, site.origin, `&lang=${language}${FRAGMENT}`, {
        width,
        init: withoutShareSheet,
      });
      const button = page.locator('#share');
      assert.equal((await button.innerText()).trim(), text(language, 'copyLink'), label);
      await button.click();
      await page.locator('#take-away-status').getByText(text(language, 'linkCopied')).waitFor();
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        await page.locator('#link-text').innerText(),
        label,
      );
      assert.deepEqual(page.problems, [], label);
      await page.close();
    }
  }
});

test('where the clipboard is blocked, it says how to copy the link instead', async () => {
  const page = await documentsPage(context, site.origin, FRAGMENT, {
    init: () => {
      delete Navigator.prototype.share;
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    },
  });
  await page.locator('#share').click();
  await page.locator('#take-away-status').getByText(text('en', 'linkCopyFailed')).waitFor();
  await page.close();
});
