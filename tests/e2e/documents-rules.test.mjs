// "My documents" says what the rules say, in real Chromium, in every language: the route's status
// first (unconfirmed, not yet, ended as history), where sources disagree, the rules' questions,
// the days off the verdict skipped, an office closed on the day of applying; and it stays whole
// whatever a link holds (unknown ids, impossible or passed dates, a link opened in an open tab).
// Every test pins the browser's clock; the texts expected come from the engine or web/i18n.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { documentsPage, NOW } from './documents-page.mjs';
import { fixedPart, LANGUAGES, text } from './translations.mjs';
import { siteDir } from '../js/site.mjs';

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
const ticked = (page) =>
  page.locator('#items input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((b) => b.dataset.document));
const fragmentOf = (page) => Object.fromEntries(new URLSearchParams(new URL(page.url()).hash.slice(1)));

/** What the page's own checker (the engine) says for these answers. */
function engine(page, method, answers) {
  return page.evaluate(
    async ([name, args]) => (await document.querySelector('iin-checker').checker)[name](args),
    [method, answers],
  );
}

/** The day as the view writes it in `language` (with its weekday when `weekday`). */
function formatDate(page, iso, language, weekday = false) {
  return page.evaluate(
    ([date, lang, full]) =>
      import('./element/i18n.js')
        .then(({ translator }) => translator(lang))
        .then((i18n) => i18n.formatDate(date, full)),
    [iso, language, weekday],
  );
}

async function assertAccessible(page, label) {
  assert.deepEqual(await axeViolations(page), [], label);
  assert.deepEqual(page.problems, [], label);
}

test("an unconfirmed route: its status first, above the checklist, on the choice cards, and in the print-out's answers", async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=consulate&category=spouse`);
    const { status } = await engine(page, 'checklist', {
      channel: 'consulate',
      category: 'spouse',
      lang: language,
      today: NOW.slice(0, 10),
    });
    assert.equal(status.code, 'unconfirmed');
    const banner = page.locator('#route-status .status-banner');
    assert.equal(await banner.getAttribute('data-status'), 'unconfirmed', language);
    const shown = await banner.innerText();
    assert.ok(shown.includes(text(language, 'statusHeading_unconfirmed')), language);
    assert.ok(shown.replace(/\s+/g, ' ').includes(status.text), `${language}: the engine's words`);
    // Above the verdict and the checklist: read first.
    assert.ok(
      await banner.evaluate(
        (node, verdict) => Boolean(node.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING),
        await page.locator('#documents-verdict').elementHandle(),
      ),
      language,
    );
    // The 2025 list is still shown.
    assert.ok((await page.locator('#items li[data-item]').count()) >= 3, language);
    assert.equal(
      await page.locator('#channel-consulate-status').innerText(),
      text(language, 'badgeUnconfirmed'),
      language,
    );
    assert.equal(await page.locator('#channel-psc-status').count(), 0, `${language}: the PSC route is in force`);
    assert.match(await page.locator('#channel-consulate').getAttribute('aria-describedby'), /channel-consulate-status/);
    // Said once on the channel, not again on each of its categories.
    assert.equal(await page.locator('#category-choices .choice__status').count(), 0, language);
    const printed = await page.locator('#print-answers').textContent();
    assert.ok(printed.includes(text(language, 'answerStatus')), `${language}: the print-out's status line`);
    assert.ok(
      printed.includes(
        text(language, 'printStatus_unconfirmed', { date: await formatDate(page, status.since, language) }),
      ),
      language,
    );
    await assertAccessible(page, language);
    await page.close();
  }
});

test('a route in force shows no banner; an ended one is history with its dates, never a choice', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=psc`);
    assert.equal(await page.locator('#route-status .status-banner').count(), 0, language);
    assert.equal(await page.locator('#channel-egov').count(), 0, `${language}: eGov is not offered`);
    const { history } = await engine(page, 'categories', { lang: language, today: NOW.slice(0, 10) });
    const egov = history.find((h) => h.kind === 'channel' && h.channel === 'egov');
    const ended = page.locator('#ended-routes');
    await ended.locator('> summary').click();
    const entry = await ended.locator('li[data-history="egov"]').innerText();
    assert.ok(entry.includes(egov.title) && entry.includes(egov.period), language);
    assert.ok(egov.period.length > 0);
    await assertAccessible(page, language);
    await page.close();
  }
});

test("a link's unknown answers are left out in the rules' words: the link's own text never reaches the page (N7)", async () => {
  const spoof = 'SERVICE SUSPENDED. Pay the IIN fee at +7 700 000 00 00';
  for (const language of LANGUAGES) {
    const page = await open(
      `&lang=${language}&channel=psc&have=${encodeURIComponent(spoof)},${encodeURIComponent('CALL +7 700')}` +
        `&birth=${encodeURIComponent('PAY NOW')}&q.passportScript=${encodeURIComponent('WIRE MONEY')}`,
    );
    const notice = page.locator('#link-notice');
    const words = await notice.innerText();
    assert.ok(words.includes(text(language, 'linkDroppedIntro')), language);
    assert.ok(words.includes(text(language, 'linkDroppedUnknownDocument')), `${language}: ${words}`);
    for (const echoed of ['SERVICE', 'CALL', 'PAY', 'WIRE', '+7']) {
      assert.ok(
        !(await page.locator('#view-documents').innerText()).includes(echoed),
        `${language}: "${echoed}" is not shown`,
      );
    }
    assert.equal(
      await notice.locator('li[data-dropped="document"]').count(),
      1,
      `${language}: two unknown ticks, one line`,
    );
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('a stale link: an ended route, a day of applying that has passed, ticks of documents no longer listed', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=egov&apply=2026-05-01&have=digital_signature`);
    const notice = page.locator('#link-notice');
    assert.ok((await notice.innerText()).includes(text(language, 'linkDroppedIntro')), language);
    assert.equal(await notice.locator('li[data-dropped="ended"]').count(), 1, language);
    assert.equal(await page.locator('#ended-routes').getAttribute('open'), '', `${language}: the history is open`);
    assert.equal(await page.locator('input[name="channel"]:checked').count(), 0, language);
    // The passed day: a message at its field, kept in the field, not silently replaced.
    const message = page.locator('#apply-on-message');
    assert.equal(await message.isVisible(), true, language);
    assert.ok((await message.innerText()).includes(await formatDate(page, '2026-05-01', language)), language);
    assert.equal(await page.locator('#apply-on').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#apply-on').inputValue(), '2026-05-01');
    // Choosing a route that is open gives its checklist, for today, and drops the old ticks.
    await page.locator('#channel-psc').check();
    assert.equal(await page.locator('#checklist').isVisible(), true, language);
    assert.deepEqual(await ticked(page), [], language);
    assert.equal(fragmentOf(page).have, undefined, language);
    assert.equal(fragmentOf(page).apply, undefined, `${language}: the passed day is not in the link`);
    await assertAccessible(page, language);
    await page.close();
  }
});

test('a link with unknown ids and an impossible date: the rest applies, a short notice lists what was left out', async () => {
  for (const language of LANGUAGES) {
    const page = await open(
      `&lang=${language}&channel=consulate&category=inheritance&have=passport,zzz,will` +
        '&q.documentsIssuedIn=mars&q.favouriteColour=blue&birth=2027-02-30&expires.passport=2030-13-01',
    );
    const dropped = await page
      .locator('#link-notice li')
      .evaluateAll((items) => items.map((li) => li.dataset.dropped).sort());
    // Two dates that do not exist read the same: one line.
    assert.deepEqual(dropped, ['answer', 'answer', 'date', 'document'], language);
    // In the rules' words, never the link's: the question's title, or what an unknown id was.
    const notice = await page.locator('#link-notice').innerText();
    for (const echoed of ['zzz', 'mars', 'favouriteColour', 'blue', '2027-02-30', '2030-13-01'])
      assert.ok(!notice.includes(echoed), `${language}: "${echoed}" repeated`);
    for (const key of ['linkDroppedUnknownDocument', 'linkDroppedUnknownAnswer', 'linkDropped_date'])
      assert.ok(notice.includes(text(language, key)), `${language}: ${key}`);
    assert.ok(notice.includes(fixedPart(language, 'linkDroppedAnswer')), language);
    assert.deepEqual((await ticked(page)).sort(), ['passport', 'will'], `${language}: the known ticks kept`);
    assert.equal(await page.locator('#category-inheritance').isChecked(), true, language);
    assert.equal(await page.locator('#birth-date').inputValue(), '', language);
    const link = fragmentOf(page);
    assert.equal(link.have, 'passport,will', language);
    assert.equal(link['q.documentsIssuedIn'], undefined, language);
    assert.equal(link['q.favouriteColour'], undefined, language);
    // Every view keeps working.
    await page.locator('.tabs__tab[data-view="number"]').click();
    await page.locator('#number').fill('901123300258');
    await page.locator('#number-verdict .verdict__title').waitFor();
    await assertAccessible(page, language);
    await page.close();
  }
  for (const fragment of ['&channel=nope&have=passport', '&channel=consulate&category=nope']) {
    const page = await open(fragment);
    assert.equal(await page.locator('#link-notice li').count(), 1, fragment);
    assert.equal(await page.locator('#checklist').isVisible(), false, fragment);
    assert.deepEqual(page.problems, [], fragment);
    await page.close();
  }
});

test('a shared link opened in an open tab applies, over the choices on screen', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=psc&have=application`);
    await page.locator('#have-passport').check();
    await page.goto(
      `${site.origin}/#view=documents&lang=${language}&channel=consulate&category=spouse&have=passport,zzz`,
    );
    await page.locator('#category-spouse:checked').waitFor();
    assert.deepEqual(await ticked(page), ['passport'], language);
    assert.equal(await page.locator('#link-notice li[data-dropped="document"]').count(), 1, language);
    await page.goto(`${site.origin}/#view=documents&lang=${language}&channel=psc`);
    await page.locator('#channel-psc:checked').waitFor();
    assert.equal(await page.locator('#link-notice').isHidden(), true, `${language}: a clean link, no notice`);
    assert.deepEqual(await ticked(page), [], language);
    assert.deepEqual(page.problems, [], language);
    await page.close();
  }
});

test('the fields say what is wrong with their date; the checklist stays', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=consulate&category=child`);
    await page.locator('#birth-date').fill('2027-06-01');
    const message = page.locator('#birth-date-message');
    assert.ok((await message.innerText()).includes(await formatDate(page, '2027-06-01', language)), language);
    assert.equal(await page.locator('#birth-date').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#birth-date').getAttribute('aria-describedby'), /birth-date-message/);
    assert.equal(await page.locator('#checklist').isVisible(), true, language);
    await page.locator('#apply-on').fill('2027-01-01');
    assert.equal(await page.locator('#apply-on-message').isVisible(), true, language);
    await assertAccessible(page, language);
    await page.locator('#birth-date').fill('2015-06-01');
    await page.locator('#apply-on').fill('2027-01-05');
    assert.equal(await message.isHidden(), true, language);
    assert.equal(await page.locator('#apply-on-message').isHidden(), true, language);
    assert.equal(await page.locator('#birth-date').getAttribute('aria-invalid'), null);
    await page.close();
  }
});

test('ticks that do not apply to a newly chosen route are not carried into its verdict or the link', async () => {
  const page = await open('&channel=consulate&category=inheritance&have=application,passport,will');
  // Every paper of an unconfirmed route: they match its list, no more (issue 16 §1).
  assert.equal(await page.locator('#documents-verdict').getAttribute('data-readiness'), 'unconfirmed');
  await page.locator('#category-spouse').check();
  assert.deepEqual((await ticked(page)).sort(), ['application', 'passport']);
  assert.equal(fragmentOf(page).have, 'application,passport');
  const missing = await page
    .locator('#documents-verdict [data-missing]')
    .evaluateAll((items) => items.map((li) => li.dataset.missing));
  assert.deepEqual(missing, ['marriage_certificate']);
  await page.locator('#category-inheritance').check();
  assert.equal(await page.locator('#have-will').isChecked(), false, 'not carried back either');
  await page.close();
});

test("the rules' questions: asked as radio groups, unanswered items turn on them, answers go into the link", async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=psc`);
    const list = await engine(page, 'checklist', { channel: 'psc', lang: language, today: NOW.slice(0, 10) });
    const question = list.questions.find((q) => q.id === 'passportScript');
    const group = page.locator('fieldset[data-question="passportScript"]');
    assert.equal(await group.locator('legend').innerText(), question.title, language);
    assert.equal(await group.locator('input[type="radio"]').count(), question.options.length + 1, language);
    assert.equal(await page.locator('#q-passportScript-open').isChecked(), true, `${language}: unanswered`);
    const maybe = text(language, 'formMaybe', { form: text(language, 'formTranslation') });
    const passportTags = page.locator('li[data-item="passport"] .tags');
    assert.ok((await passportTags.innerText()).includes(maybe), `${language}: a translation if needed`);
    await page.locator('#q-passportScript-other').check();
    assert.equal(fragmentOf(page)['q.passportScript'], 'other', language);
    assert.ok(
      (await page.locator('li[data-item="passport"] .tags').innerText()).includes(text(language, 'formTranslation')),
      language,
    );
    await page.locator('#q-passportScript-latin').check();
    assert.ok(!(await passportTags.innerText()).includes(maybe), language);
    assert.doesNotMatch(
      await page.locator('li[data-item="passport"] .tags').innerText(),
      new RegExp(text(language, 'formTranslation')),
      language,
    );
    assert.equal(
      await page.locator('#q-passportScript-latin').evaluate((input) => input === input.getRootNode().activeElement),
      true,
      `${language}: the answer keeps the focus`,
    );
    await assertAccessible(page, language);
    await page.close();
  }
  // documentsIssuedIn is asked only where an item turns on it.
  const page = await open('&channel=consulate&category=spouse');
  assert.equal(await page.locator('fieldset[data-question="documentsIssuedIn"]').count(), 1);
  await page.locator('#channel-psc').check();
  assert.equal(await page.locator('fieldset[data-question="documentsIssuedIn"]').count(), 0);
  await page.close();
});

test("where sources disagree, the page says so there, with both sides, in the reader's language", async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=psc`);
    const list = await engine(page, 'checklist', { channel: 'psc', lang: language, today: NOW.slice(0, 10) });
    const [dispute] = list.channel.disputed;
    const shown = page.locator('#route-status .dispute').first();
    assert.ok((await shown.locator('summary').innerText()).includes(text(language, 'disputed')), language);
    await shown.locator('summary').click();
    const both = (await shown.innerText()).replace(/\s+/g, ' ');
    for (const words of [
      dispute.about,
      dispute.because,
      dispute.theySay,
      dispute.followed[0].publisher,
      dispute.others[0].publisher,
    ]) {
      assert.ok(both.includes(words.replace(/\s+/g, ' ')), `${language}: ${words}`);
    }
    assert.equal(
      await page.locator('li[data-item="passport"] .dispute').count(),
      list.items.find((i) => i.id === 'passport').disputed.length,
    );
    assert.equal(await page.locator('#term-disputes .dispute').count(), list.term.disputed.length);
    await assertAccessible(page, language);
    await page.close();
  }
});

test('the verdict names the days off it skipped: 16 December 2026 and the New Year, on a published and an estimated calendar', async () => {
  for (const language of LANGUAGES) {
    for (const [apply, days, confidence] of [
      ['2026-12-15', ['2026-12-16'], 'published'],
      ['2026-12-31', ['2027-01-01', '2027-01-04'], 'estimated'],
    ]) {
      const label = `${language}, applying on ${apply}`;
      const page = await open(
        `&lang=${language}&channel=psc&apply=${apply}&have=application,passport&q.passportScript=cyrillic`,
        { now: '2026-12-14T10:00:00' },
      );
      const verdict = await engine(page, 'assess', {
        channel: 'psc',
        lang: language,
        today: '2026-12-14',
        applyOn: apply,
        passportScript: 'cyrillic',
        have: ['application', 'passport'],
      });
      assert.equal(verdict.calendar.confidence, confidence);
      const box = page.locator('#documents-verdict');
      assert.deepEqual(
        await box.locator('[data-day-off]').evaluateAll((items) => items.map((li) => li.dataset.dayOff)),
        days,
        label,
      );
      const shown = await box.innerText();
      for (const day of verdict.daysOffSkipped) assert.ok(shown.includes(day.text), `${label}: ${day.text}`);
      assert.ok(
        shown.includes(await formatDate(page, verdict.readyBy, language, true)),
        `${label}: ready on ${verdict.readyBy}`,
      );
      assert.equal(await box.locator('.verdict__calendar').count(), confidence === 'published' ? 0 : 1, label);
      if (confidence !== 'published') assert.ok(shown.includes(verdict.calendar.text), label);
      assert.doesNotMatch(shown, /\d{4}-\d\d-\d\d/, `${label}: no ISO dates in sentences`);
      await assertAccessible(page, label);
      await page.close();
    }
  }
});

test('a PSC closed on the day of applying: the verdict says so and counts from the next working day', async () => {
  for (const language of LANGUAGES) {
    const page = await open(
      `&lang=${language}&channel=psc&apply=2027-01-09&have=application,passport&q.passportScript=latin`,
    );
    const verdict = await engine(page, 'assess', {
      channel: 'psc',
      lang: language,
      today: NOW.slice(0, 10),
      applyOn: '2027-01-09',
      passportScript: 'latin',
      have: ['application', 'passport'],
    });
    assert.equal(verdict.closedOn.countedFrom, '2027-01-11');
    const closed = page.locator('#documents-verdict .verdict__closed');
    assert.equal(await closed.innerText(), verdict.closedOn.text, language);
    assert.equal(await closed.getAttribute('data-closed-on'), '2027-01-09');
    await page.close();
  }
});

test("a route not yet in force, from a host's rules (rules-url): its banner and card say from when", async () => {
  const rules = JSON.parse(readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8'));
  Object.assign(
    rules.channels.find((c) => c.id === 'psc'),
    { validFrom: '2027-03-01', validitySources: ['psc_rules_order_258'] },
  );
  site.overrides.set('/rules/not-yet.json', Buffer.from(JSON.stringify(rules)));
  for (const language of LANGUAGES) {
    site.overrides.set(
      `/host-${language}.html`,
      Buffer.from(`<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<title>Host</title><link rel="icon" href="/page/icon.svg"><script type="module" src="/iin-checker-element.js"></script></head>
<body><main><iin-checker view="documents" channel="psc" rules-url="/rules/not-yet.json"></iin-checker></main></body></html>`),
    );
    const page = await openPage(context, `${site.origin}/host-${language}.html`, { now: NOW });
    await whenReady(page);
    const banner = page.locator('#route-status .status-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('data-status'), 'not_yet', language);
    assert.ok((await banner.innerText()).includes(text(language, 'statusHeading_not_yet')), language);
    assert.equal(
      await page.locator('#channel-psc-status').innerText(),
      text(language, 'badgeNotYet', { date: await formatDate(page, '2027-03-01', language) }),
      language,
    );
    await assertAccessible(page, language);
    await page.close();
  }
  site.overrides.clear();
});

test('every source shown is a link to its https address; an undated one says so; no «г..» in Russian', async () => {
  for (const language of LANGUAGES) {
    const page = await open(`&lang=${language}&channel=consulate&category=investor`);
    const sources = page.locator('#checklist-sources li');
    await sources.first().waitFor();
    const lines = await sources.evaluateAll((items) =>
      items.map((li) => {
        const link = li.querySelector('a');
        return {
          id: li.dataset.source,
          text: li.innerText,
          href: link?.getAttribute('href'),
          rel: link?.getAttribute('rel'),
          linkText: link?.textContent,
          title: li.querySelector('.source__title').textContent,
        };
      }),
    );
    assert.ok(lines.length > 5, language);
    for (const line of lines) {
      assert.match(line.href ?? '', /^https:\/\//, `${language}: ${line.id} is a link`);
      assert.equal(line.rel, 'noopener noreferrer', line.id);
      assert.ok(line.title.startsWith(line.linkText), `${line.id}: the title is the link`);
    }
    const kyiv = lines.find((line) => line.id === 'kyiv_embassy_174021');
    assert.ok(kyiv?.text.includes(`, ${text(language, 'undated')}`), `${language}: ${kyiv?.text}`);
    // Short citations in the verdict and the footer's list link too.
    assert.ok((await page.locator('.cite a[href^="https://"]').count()) > 0, `${language}: citations link`);
    const everything = await page.locator('iin-checker').evaluate((el) => el.shadowRoot.textContent);
    assert.doesNotMatch(everything, /г\.\./, language);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
