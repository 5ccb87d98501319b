// The print-out, printed to PDF by real Chromium and read back with PDF.js: one A4 or Letter page
// that says what it is, when it was printed, the rules' date and version, how to open it again (the
// link as text and as a QR code that decodes to it), the answers, the verdict (on a route nobody
// confirms: the PSC as the fallback, and no day) and the checklist, with no text under 10 pt; from a
// host page, only the element prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { artifactPath, launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { allCases, documentsPage, NOW, takeAwayReady, WIDTHS, withoutPrintDialog } from './documents-page.mjs';
import { decodeQr, drawFirstPage, readPdf } from './pdf.mjs';
import { fixedPart, LANGUAGES, text } from './translations.mjs';

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

/** Presses the element's Print button and prints the page as the browser would. */
async function printed(page, element = page, format = 'A4') {
  await withoutPrintDialog(page);
  await element.locator('#print').click();
  return page.pdf({ format });
}

const oneLine = (pdfText) => pdfText.replace(/\s+/g, ' ');

test('the print-out has every part, on one page, with no text under 10 pt, in every language, printed from a phone or a desktop', async () => {
  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      const page = await documentsPage(
        context,
        site.origin,
        `&lang=${language}&channel=consulate&category=inheritance&have=passport,will&expires.passport=2030-05-01&apply=2027-01-08`,
        { width },
      );
      const expected = {
        link: await page.locator('#link-text').innerText(),
        ...(await page.evaluate(async (lang) => {
          const checker = await document.querySelector('iin-checker').checker;
          const { asOf, version } = checker.categories({ lang: 'en' });
          const { fallback } = checker.assess({ channel: 'consulate', category: 'inheritance', lang });
          return { asOf, version, fallback };
        }, language)),
      };
      const format = (iso, weekday = false) =>
        page.evaluate(
          ([date, full]) =>
            import('./element/i18n.js')
              .then(({ translator }) => translator(document.documentElement.lang))
              .then((i18n) => i18n.formatDate(date, full)),
          [iso, weekday],
        );
      const titles = await page.locator('#items .item__title').allInnerTexts();
      const pdf = await printed(page);
      const label = `${language} at ${width} px`;
      if (language === 'en' && width === 1280) writeFileSync(artifactPath('checklist-print.pdf'), pdf);
      const { pages, text: pdfText, smallestFontSize } = await readPdf(pdf);
      const all = oneLine(pdfText);
      assert.equal(pages, 1, label);
      assert.ok(smallestFontSize >= 9.99, `${label}: text at ${smallestFontSize} pt`);
      assert.ok(all.includes(text(language, 'brand')), `${label}: the product's name`);
      assert.ok(
        all.includes(text(language, 'printedOn', { date: await format(NOW.slice(0, 10)) })),
        `${label}: the day printed`,
      );
      assert.ok(
        all.includes(
          text(language, 'rulesAsOfPrint', { date: await format(expected.asOf), version: expected.version }),
        ),
        `${label}: the rules' date and version`,
      );
      assert.ok(pdfText.replace(/\s/g, '').includes(expected.link), `${label}: the link as text`);
      assert.match(expected.link, /#view=documents&lang=\w\w&rules=[\w.-]+&channel=consulate&category=inheritance&/);
      for (const [key, value] of [
        ['answerChannel', null],
        ['answerCategory', null],
        ['answerApplyOn', await format('2027-01-08', true)],
        ['answerPassportExpiry', await format('2030-05-01')],
        ['answerRepresentative', text(language, 'no')],
      ]) {
        assert.ok(all.includes(`${text(language, key)}:`), `${label}: the answer ${key}`);
        if (value) assert.ok(all.includes(value), `${label}: ${key} = ${value}`);
      }
      assert.ok(all.includes(text(language, 'notReady')), `${label}: the verdict`);
      // A route nobody confirms: the PSC as the fallback, and no day the IIN would be ready.
      assert.ok(all.includes(oneLine(expected.fallback)), `${label}: the fallback`);
      for (const key of ['readyBy', 'planReadyBy'])
        assert.ok(!all.includes(fixedPart(language, key)), `${label}: no dated day (${key})`);
      assert.ok(titles.length >= 4);
      for (const title of titles) assert.ok(all.includes(title.trim()), `${label}: the checklist's "${title}"`);
      assert.deepEqual(page.problems, [], label);
      await page.close();
    }
  }
});

test("the browser's own Print (no button) gives the button's one-page sheet, on A4 and Letter, in every language", async () => {
  for (const language of LANGUAGES) {
    const page = await documentsPage(
      context,
      site.origin,
      `&lang=${language}&channel=consulate&category=inheritance&have=passport,will&expires.passport=2030-05-01&apply=2027-01-08`,
      { width: 360 },
    );
    for (const format of ['A4', 'Letter']) {
      const own = await readPdf(await page.pdf({ format })); // as Ctrl+P, or a phone's Share → Print, would
      assert.equal(own.pages, 1, `${language} on ${format}`);
      assert.ok(own.smallestFontSize >= 9.99, `${language}: text at ${own.smallestFontSize} pt`);
      const button = await readPdf(await printed(page, page, format));
      assert.equal(oneLine(own.text), oneLine(button.text), `${language} on ${format}: the same sheet`);
    }
    await page.close();
  }
});

test('before a case is chosen the questions print; "Check a number" and "Check many" print their results plainly', async () => {
  const documents = await documentsPage(context, site.origin, '&lang=ru');
  const questions = oneLine((await readPdf(await documents.pdf({ format: 'A4' }))).text);
  assert.ok(questions.includes(text('ru', 'qChannel')), 'the first question');
  await documents.close();

  const numbers = await openPage(context, `${site.origin}/#view=number&lang=en`, { now: NOW });
  await whenReady(numbers);
  await numbers.locator('#number').fill('901123302058');
  await numbers.locator('#number').blur();
  await numbers.locator('#number-suggestions:not([hidden])').waitFor();
  const number = await readPdf(await numbers.pdf({ format: 'A4' }));
  assert.equal(number.pages, 1);
  const shown = oneLine(number.text);
  for (const part of ['901 123 302 058', text('en', 'verdictInvalid'), '901 123 300 258'])
    assert.ok(shown.includes(part), `the number's print-out has "${part}"`);
  for (const key of ['numberHint', 'crossCheck', 'rule2013Heading', 'tabMany'])
    assert.ok(!shown.includes(text('en', key)), `the number's print-out has no "${text('en', key)}"`);
  await numbers.close();

  const lists = await openPage(context, `${site.origin}/#view=many&lang=en`, { now: NOW });
  await whenReady(lists);
  await lists.locator('#many-text').fill('name,iin\nAsel,901123300258\nBolat,901123300257');
  await lists.locator('#many-run').click();
  await lists.locator('#many-rows tr').nth(1).waitFor();
  const list = oneLine((await readPdf(await lists.pdf({ format: 'A4' }))).text);
  for (const part of [
    await lists.locator('#many-summary').innerText(),
    'Asel',
    '901123300257',
    text('en', 'colResult'),
  ])
    assert.ok(list.includes(oneLine(part)), `the list's print-out has "${part}"`);
  for (const key of ['chooseFile', 'manyRun', 'downloadCsv', 'filter', 'next'])
    assert.ok(!list.includes(text('en', key)), `the list's print-out has no "${text('en', key)}"`);
  await lists.close();
});

test('the printed QR code decodes to the link, and the boxes show what is ticked', async () => {
  const page = await documentsPage(
    context,
    site.origin,
    '&channel=consulate&category=spouse&have=passport&apply=2027-01-08',
  );
  const link = await page.locator('#link-text').innerText();
  const pdf = await printed(page);
  const drawn = await drawFirstPage(pdf, 1.25); // 90 dpi: the README's picture, and enough for the QR code
  writeFileSync(artifactPath('checklist-print.png'), drawn.png);
  assert.equal(decodeQr(drawn), link);
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.locator('#items input[type="checkbox"]').evaluateAll((inputs) =>
    inputs.map((input) => ({
      id: input.dataset.document,
      ticked: getComputedStyle(input, '::after').content,
    })),
  );
  assert.deepEqual(boxes, [
    { id: 'application', ticked: 'none' },
    { id: 'passport', ticked: '"✓"' },
    { id: 'marriage_certificate', ticked: 'none' },
  ]);
  await page.close();
});

test('every case fits one A4 and one Letter page, with its longest answers, in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await documentsPage(context, site.origin, `&lang=${language}&birth=1990-06-15&apply=2027-01-08`);
    await withoutPrintDialog(page);
    for (const [channel, category] of await allCases(page)) {
      await page.locator(`#channel-${channel}`).check();
      if (category) await page.locator(`#category-${category}`).check();
      await page.locator('#representative').setChecked(channel === 'psc'); // adds a power of attorney there
      await page.locator('#print').click();
      for (const format of ['A4', 'Letter']) {
        const { pages } = await readPdf(await page.pdf({ format }));
        assert.equal(pages, 1, `${language} ${channel}/${category} on ${format}`);
      }
    }
    await page.close();
  }
});

test('printed from a host page, only the element prints; afterwards the host page prints as before', async () => {
  const page = await openPage(context, `${site.origin}/demo/`, { now: NOW });
  await whenReady(page);
  const documents = page.locator('#documents');
  await documents.getByLabel('Паспорт').check();
  await takeAwayReady(page, documents);
  const checklist = await documents.locator('#items').innerText();
  const { pages, text: pdfText } = await readPdf(await printed(page, documents));
  const all = oneLine(pdfText);
  assert.equal(pages, 1);
  assert.ok(all.includes(text('kk', 'brand')));
  assert.ok(all.includes(checklist.split('\n')[0]));
  for (const host of [
    'Example Law Firm',
    'What the host page hears',
    'Check your number',
    'A paragraph of the host page',
  ]) {
    assert.ok(!all.includes(host), `the host's "${host}" is not printed`);
  }
  assert.ok(!all.includes(text('en', 'numberHeading')), 'nor the other element');
  assert.ok(!all.includes(text('kk', 'printLink')), 'an element that keeps its answers to itself has no link to print');

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const after = oneLine((await readPdf(await page.pdf({ format: 'A4' }))).text);
  assert.ok(after.includes('Example Law Firm'), 'the host page is whole again');
  assert.deepEqual(page.problems, []);
  await page.close();
});
