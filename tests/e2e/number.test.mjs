// "Check a number" in real Chromium: typing, pasting, grouping, every error, suggestions,
// cross-checks and the strict switch, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startSite, whenReady } from './browser.mjs';
import { fixedPart, LANGUAGES } from './translations.mjs';

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

async function numberPage(language = 'en') {
  const page = await openPage(context, `${site.origin}/#view=number&lang=${language}`);
  await whenReady(page);
  return page;
}

const verdict = (page) => page.locator('#number-verdict');
const field = (page) => page.locator('#number');

test('typing a valid IIN groups the digits and shows what it encodes', async () => {
  const page = await numberPage();
  await field(page).pressSequentially('901123300258');
  assert.equal(await field(page).inputValue(), '901 123 300 258');
  await assert.doesNotReject(verdict(page).getByText('Valid IIN').waitFor());
  const facts = await page.locator('#number-facts').innerText();
  assert.match(facts, /23 November 1990/);
  assert.match(facts, /Male/);
  assert.match(facts, /20th century/);
  assert.equal(await field(page).getAttribute('aria-invalid'), 'false');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('grouping keeps the caret after the digit just typed, and a deleted space stays deleted', async () => {
  const page = await numberPage();
  await field(page).pressSequentially('90112330025');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1');
  assert.equal(await field(page).inputValue(), '901 112 330 025');
  assert.equal(await field(page).evaluate((input) => input.selectionStart), 3);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');  // the space before "025"
  assert.equal(await field(page).inputValue(), '901 112 330025');
  await page.close();
});

test('a pasted number with hyphens is checked as it is', async () => {
  const page = await numberPage();
  await page.evaluate(() => navigator.clipboard.writeText('940-140-000-385'));
  await field(page).focus();
  await page.keyboard.press('Control+V');
  assert.equal(await field(page).inputValue(), '940-140-000-385');
  await verdict(page).getByText('Valid BIN').waitFor();
  const facts = await page.locator('#number-facts').innerText();
  assert.match(facts, /January 1994/);
  assert.match(facts, /Legal entity, resident/);
  assert.match(facts, /Head office/);
  await page.close();
});

test('every error is shown in words, with the bad character marked', async () => {
  const page = await numberPage();
  const cases = [
    [' - ', 'empty'], ['9011x', 'invalid_character'], ['90112330025', 'too_short'],
    ['9011233002589', 'too_long'], ['901123300030', 'unissuable_checksum'], ['901123300257', 'checksum_mismatch'],
  ];
  for (const [input, code] of cases) {
    await field(page).fill(input);
    const message = verdict(page).locator(`[data-code="${code}"]`);
    await message.waitFor();
    assert.ok((await message.innerText()).includes(fixedPart('en', code)), code);
  }
  await field(page).fill('9011x');
  assert.equal(await page.locator('#number-echo mark').innerText(), 'x');
  assert.match(await verdict(page).innerText(), /Character 5/);
  await field(page).fill('9011О23300258');  // a Cyrillic О
  assert.equal(await page.locator('#number-echo mark').innerText(), 'О');
  await page.locator('.more summary').click();
  await page.locator('#strict').check();
  for (const [input, code] of [['901323300255', 'invalid_birth_date'], ['901123700253', 'invalid_century_code'],
    ['151340000012', 'invalid_registration_month'], ['901172300255', 'invalid_entity_type'],
    ['150149000011', 'invalid_division']]) {
    await field(page).fill(input);
    await verdict(page).locator(`[data-code="${code}"]`).waitFor();
  }
  await page.locator('#strict').uncheck();
  await page.locator('#expect').selectOption('iin');
  await field(page).fill('940140000385');
  assert.match(await verdict(page).locator('[data-code="kind_mismatch"]').innerText(), /BIN/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('suggestions are one click away from a valid number', async () => {
  const page = await numberPage();
  await field(page).fill('901123302058');
  await page.locator('#number-suggestions button').first().click();
  assert.equal(await field(page).inputValue(), '901 123 300 258');
  await verdict(page).getByText('Valid IIN').waitFor();
  await page.close();
});

test('the 2013 rule: no encoded date is a warning; strict makes it an error; cross-checks warn', async () => {
  const page = await numberPage();
  await field(page).fill('123456789013');
  await verdict(page).getByText('Valid number').waitFor();
  await verdict(page).locator('[data-code="no_encoded_data"]').waitFor();
  await page.locator('.more summary').click();
  await page.locator('#strict').check();
  await verdict(page).locator('[data-code="invalid_registration_month"]').waitFor();
  await page.locator('#strict').uncheck();
  await field(page).fill('901123300258');
  await page.locator('#cross-birth').fill('1990-11-24');
  await page.locator('#cross-gender').selectOption('female');
  await verdict(page).locator('[data-code="birth_date_differs"]').waitFor();
  assert.match(await verdict(page).innerText(), /23 November 1990.*24 November 1990/s);
  await verdict(page).locator('[data-code="gender_differs"]').waitFor();
  await verdict(page).getByText('Valid IIN').waitFor();
  await page.close();
});

test('every language: the verdict and the decoded date in the reader’s language', async () => {
  for (const language of LANGUAGES) {
    const page = await numberPage(language);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    await field(page).fill('901123300257');
    const message = await verdict(page).locator('[data-code="checksum_mismatch"]').innerText();
    assert.ok(message.includes(fixedPart(language, 'checksum_mismatch')), language);
    const facts = await page.locator('#number-facts').innerText();
    assert.ok(facts.includes(language === 'en' ? 'November' : language === 'ru' ? 'ноября' : 'қараша'), `${language}: ${facts}`);
    await page.close();
  }
});

test('switching language redraws the verdict and keeps the choice in the URL only', async () => {
  const page = await numberPage();
  await field(page).fill('901123300257');
  await page.locator('#language').selectOption('kk');
  // The element loads the Kazakh words, then redraws: wait for the redrawn verdict.
  await verdict(page).getByText(fixedPart('kk', 'checksum_mismatch')).waitFor();
  assert.match(page.url(), /lang=kk/);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.close();
});
