// "My documents" as a phone needs it, at 360 px (and the same checks at 1280 px): a tap anywhere on
// a choice's card chooses it, every control is at least 24 by 24 CSS pixels (axe-core's WCAG 2.2
// target-size rule too), the verdict stays in view while ticking, the situations are close at
// hand, keyboard focus is always visible, switching views adds history entries so Back returns to
// the previous view, and a slow connection shows the page's frame and a "loading" line as soon as
// the HTML and its tiny stylesheet are in. In every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, axeViolations, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { documentsPage, NOW, PHONE, WIDTHS } from './documents-page.mjs';
import { LANGUAGES, text } from './translations.mjs';

let site;
let context;
before(async () => {
  site = await startSite();
  context = await launchBrowser();
});
after(async () => {
  await context?.close();
  await site?.close();
});

const open = (fragment, options) => documentsPage(context, site.origin, fragment, options);
const inViewport = (locator) =>
  locator.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });

test("a tap anywhere on a choice's card chooses it, on a phone and a desktop, in every language", async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await open(`&lang=${language}`, { width });
      for (const id of ['channel-consulate', 'category-senior', 'channel-psc']) {
        const card = page.locator(`.choice:has(#${id})`);
        await card.scrollIntoViewIfNeeded();
        const box = await card.boundingBox();
        await page.mouse.click(box.x + box.width - 6, box.y + box.height - 5); // the far corner, away from the label's text
        assert.equal(await page.locator(`#${id}`).isChecked(), true, `${label}: ${id}`);
      }
      await page.close();
    }
  }
});

test("a touch tap on any card's title chooses it at 360 px, wherever the focus was, in every language", async () => {
  const touch = await launchBrowser({ hasTouch: true, isMobile: true, viewport: PHONE, deviceScaleFactor: 2 });
  try {
    for (const language of LANGUAGES) {
      const page = await documentsPage(touch, site.origin, `&lang=${language}`, { width: PHONE.width });
      const tap = async (id) => {
        // Focus outside the element: the case in which a tap on the title used to scroll to the top.
        await page.evaluate(() => document.activeElement?.blur());
        const title = page.locator(`label[for="${id}"]`);
        await title.scrollIntoViewIfNeeded();
        const before = await page.evaluate(() => window.scrollY);
        await title.tap();
        assert.ok(await page.locator(`#${id}`).isChecked(), `${language}: a tap on ${id}'s title chooses it`);
        assert.ok(
          (await page.evaluate(() => window.scrollY)) >= before - 50,
          `${language}: the page stays where ${id} was tapped`,
        );
      };
      for (const channel of await page
        .locator('#channel-choices input')
        .evaluateAll((inputs) => inputs.map((i) => i.id))) {
        await tap(channel);
        for (const category of await page
          .locator('#category-choices input')
          .evaluateAll((inputs) => inputs.map((i) => i.id)))
          await tap(category);
      }
      assert.deepEqual(page.problems, [], language);
      await page.close();
    }
  } finally {
    await touch.close();
  }
});

test('every control is at least 24 by 24 CSS pixels and axe-core (WCAG 2.2 AA, target size included) finds nothing, in every language', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await open(
        `&lang=${language}&channel=consulate&category=inheritance&have=passport&apply=2027-01-08`,
        { width },
      );
      const small = await page.evaluate(() => {
        const root = document.querySelector('iin-checker').shadowRoot;
        const controls = [
          ...document.querySelectorAll('input, select, button, summary'),
          ...root.querySelectorAll('#view-documents :is(input, select, button, summary), .tabs a, .notes summary'),
        ];
        return controls
          .filter((node) => node.checkVisibility())
          .map((node) => {
            const { width: w, height: h } = node.getBoundingClientRect();
            return { control: node.id || node.outerHTML.slice(0, 60), w: Math.round(w), h: Math.round(h) };
          })
          .filter(({ w, h }) => w < 24 || h < 24);
      });
      assert.deepEqual(small, [], label);
      assert.deepEqual(await axeViolations(page, { wcag22: true }), [], label);
      await page.close();
    }
  }
});

test('the verdict stays in view while ticking, and a tap goes to the full verdict', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const label = `${language} at ${width} px`;
      const page = await open(`&lang=${language}&channel=consulate&category=inheritance&have=passport`, {
        width,
        height: 800,
      });
      const bar = page.locator('#verdict-bar');
      const last = page.locator('#items input[type="checkbox"]').last();
      await last.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 200)); // the list in mid-screen, the verdict far above
      assert.equal(await inViewport(page.locator('#documents-verdict')), false, label);
      await bar.waitFor();
      assert.equal(await inViewport(bar), true, label);
      const missing = (count) =>
        text(language, `barMissing_${new Intl.PluralRules(language).select(count)}`, { count });
      assert.match(await bar.innerText(), new RegExp(missing(2)), label);
      await last.check();
      assert.equal(await inViewport(bar), true, `${label}: still in view after ticking`);
      assert.match(await bar.innerText(), new RegExp(missing(1)), label);
      await page.locator('#verdict-bar-show').click();
      assert.equal(await inViewport(page.locator('#documents-verdict .verdict__title')), true, label);
      assert.equal(
        await page.evaluate(() => document.querySelector('iin-checker').shadowRoot.activeElement?.id),
        'documents-verdict',
        label,
      );
      await bar.waitFor({ state: 'hidden' }); // the full verdict in view: no second copy
      if (language === 'en' && width === 360) {
        await last.scrollIntoViewIfNeeded();
        await bar.waitFor();
        await page.screenshot({ path: artifactPath('documents-ticking-360.jpg'), type: 'jpeg', quality: 80 });
      }
      await page.close();
    }
  }
});

test('on a phone the situations are close at hand: the last one ends within 1.75 screens (it was 2.5)', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=consulate`, { width: PHONE.width, height: PHONE.height });
    const card = await page.locator('.choice:has(#category-senior)').boundingBox();
    const top = await page.evaluate(() => window.scrollY);
    assert.ok(
      card.y + top + card.height <= 1.75 * PHONE.height,
      `${language}: ends at ${Math.round(card.y + top + card.height)} px`,
    );
    await page.close();
  }
});

test('keyboard focus is visible on every control of the view', async () => {
  for (const width of WIDTHS) {
    const page = await open('&channel=consulate&category=spouse&have=passport', { width });
    await page.locator('#documents-heading').focus();
    const unseen = [];
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let node = document.activeElement;
        while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
        if (node === document.body) return { control: 'BODY' };
        // A radio's focus ring is drawn around its whole card.
        const ring = node.closest('.choice') ?? node;
        const style = getComputedStyle(ring);
        return {
          control: node.id || node.tagName,
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (focused.control !== 'BODY' && !focused.visible) unseen.push(focused.control); // BODY: past the page's last control
    }
    assert.deepEqual(unseen, [], `at ${width} px`);
    await page.close();
  }
});

test('switching views adds a history entry: Back returns to the previous view, with the answers kept', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=consulate&category=spouse`, { width: PHONE.width });
    await page.locator('#have-passport').check();
    const entries = await page.evaluate(() => history.length);
    await page.locator('.tabs__tab[data-view="number"]').click();
    await page.locator('.tabs__tab[data-view="many"]').click();
    assert.equal(await page.evaluate(() => history.length), entries + 2, language);
    assert.match(page.url(), /view=many/);
    await page.goBack();
    await page.locator('#view-number').waitFor();
    assert.match(page.url(), /view=number/);
    await page.goBack();
    await page.locator('#view-documents').waitFor();
    assert.equal(await page.locator('#category-spouse').isChecked(), true, language);
    assert.equal(await page.locator('#have-passport').isChecked(), true, `${language}: the tick kept`);
    await page.goForward();
    await page.locator('#view-number').waitFor();
    // The same tab again, or a change of answers, adds no entry.
    await page.locator('.tabs__tab[data-view="number"]').click();
    assert.equal(await page.evaluate(() => history.length), entries + 2, language);
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('a link opened in the open tab brings its answers', async () => {
  const page = await open('&channel=psc');
  await page.evaluate(() => {
    location.hash = 'view=documents&channel=consulate&category=spouse&have=passport';
  });
  await page.locator('#category-spouse:checked').waitFor();
  assert.equal(await page.locator('#have-passport').isChecked(), true);
  await page.goBack(); // the page as it was before the link
  await page.locator('#items li[data-item="application"]').waitFor();
  assert.equal(await page.locator('#category-question').isHidden(), false, 'Back keeps the answers in view');
  await page.close();
});

test('a slow first visit shows the page\'s frame and a "loading" line from the HTML, its tiny stylesheet and shell script alone', async () => {
  const html = await (await fetch(`${site.origin}/`)).text();
  const blocking = [
    ...html.matchAll(/<link rel="stylesheet" href="([^"]+)">|<script(?![^>]*type="module")[^>]*src="([^"]+)"/g),
  ].map((match) => match[1] ?? match[2]);
  // The stylesheet, and the script that picks the language the header and footer show in.
  assert.deepEqual(blocking, ['page/style.css', 'page/shell.js'], 'nothing else holds the first paint back');
  // As sent: fetch() hands back the body already unzipped, so the server's own record is read.
  for (const [file, limit] of [
    ['/page/style.css', 1500],
    ['/page/shell.js', 500],
  ]) {
    const sentBefore = site.sent.length;
    await (await fetch(`${site.origin}${file}`, { headers: { 'Accept-Encoding': 'gzip' } })).arrayBuffer();
    const { bytes } = site.sent.slice(sentBefore).find((entry) => entry.path === file);
    assert.ok(bytes < limit, `${file} is ${bytes} bytes gzip`);
  }

  // Nothing but those three: every other request fails (a first visit: no service worker).
  const firstVisit = await launchBrowser({ serviceWorkers: 'block' });
  for (const width of WIDTHS) {
    const page = await openPage(firstVisit, undefined, { now: NOW });
    await page.setViewportSize({ width, height: 800 });
    await page.route('**/*', (route) =>
      ['/', '/page/style.css', '/page/shell.js'].includes(new URL(route.request().url()).pathname)
        ? route.continue()
        : route.abort(),
    );
    await page.goto(`${site.origin}/`);
    const masthead = await page.locator('.masthead').evaluate((node) => getComputedStyle(node).backgroundColor);
    assert.equal(masthead, 'rgb(11, 79, 108)', 'the page is styled');
    const loading = page.locator('iin-checker .loading');
    assert.equal(await loading.isVisible(), true);
    assert.equal(await loading.innerText(), text('en', 'loading'));
    assert.equal(await inViewport(loading), true, `in the first screen at ${width} px`);
    assert.deepEqual(
      page.problems.filter((problem) => /CSP/.test(problem)),
      [],
      'no policy violation',
    );
    await page.close();
  }
  await firstVisit.close();
});

test('phone screenshots of "My documents" for the README', async () => {
  const page = await open('&channel=consulate&category=inheritance&have=passport&apply=2027-01-08', PHONE);
  await page.screenshot({ path: artifactPath('documents-questions-360.jpg'), type: 'jpeg', quality: 80 });
  await page.locator('#take-away').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('documents-take-away-360.jpg'), type: 'jpeg', quality: 80 });
  await whenReady(page);
  assert.deepEqual(page.problems, []);
  await page.close();
});
