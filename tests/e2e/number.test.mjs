// "Check a number" in real Chromium: typing, pasting, grouping, every error, suggestions,
// cross-checks and the strict switch, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startSite } from './browser.mjs';
import { fixedPart, LANGUAGES, text } from './translations.mjs';

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

// The clock is pinned: nothing on this view may depend on the day the tests run.
const TODAY = new Date('2026-11-25T10:00:00Z');

async function numberPage(language = 'en') {
  const page = await openPage(context);
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${site.origin}/#view=number&lang=${language}`);
  // Read from the element, not from its performance mark: a pinned clock replaces the timeline.
  await page.waitForFunction(
    () => document.querySelector('iin-checker')?.shadowRoot?.getElementById('startup')?.hidden === true,
  );
  return page;
}

// Types the text and leaves the field, as a person who has finished does.
async function enter(page, text) {
  await field(page).fill(text);
  await field(page).blur();
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
  await page.keyboard.press('Backspace'); // the space before "025"
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
    [' - ', 'empty'],
    ['9011x', 'invalid_character'],
    ['90112330025', 'too_short'],
    ['9011233002589', 'too_long'],
    ['901123300030', 'unissuable_checksum'],
    ['901123300257', 'checksum_mismatch'],
  ];
  for (const [input, code] of cases) {
    await enter(page, input);
    const message = verdict(page).locator(`[data-code="${code}"]`);
    await message.waitFor();
    assert.ok((await message.innerText()).includes(fixedPart('en', code)), code);
  }
  await enter(page, '9011x');
  assert.equal(await page.locator('#number-echo mark').innerText(), 'x');
  assert.match(await verdict(page).innerText(), /Character 5/);
  await enter(page, '9011О23300258'); // a Cyrillic О
  assert.equal(await page.locator('#number-echo mark').innerText(), 'О');
  await page.locator('.more summary').click();
  await page.locator('#strict').check();
  for (const [input, code] of [
    ['901323300255', 'invalid_birth_date'],
    ['901123700253', 'invalid_century_code'],
    ['151340000012', 'invalid_registration_month'],
    ['901172300255', 'invalid_entity_type'],
    ['150149000011', 'invalid_division'],
  ]) {
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

test('every language: a wrong check digit in words, ranked suggestions with the changed digits marked', async () => {
  for (const language of LANGUAGES) {
    const page = await numberPage(language);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    await field(page).fill('870413300129');
    const message = await verdict(page).locator('[data-code="checksum_mismatch"]').innerText();
    assert.equal(message, text(language, 'checksum_mismatch'));
    assert.doesNotMatch(message, /\b\d\b/, 'no digit is named as the wrong one');
    assert.equal(await page.locator('#number-facts').isHidden(), true, 'an invalid number decodes to no facts');
    const buttons = page.locator('#number-suggestions button');
    assert.ok((await buttons.count()) >= 1);
    for (const button of await buttons.all()) {
      const number = await button.getAttribute('data-number');
      const marked = await button.locator('mark').allInnerTexts();
      const changed = [...number].map((digit, i) => (digit === '870413300129'[i] ? null : i)).filter((i) => i !== null);
      assert.deepEqual(
        marked,
        changed.map((i) => number[i]),
        number,
      );
      assert.ok((await button.getAttribute('aria-label')).endsWith(changed.map((i) => i + 1).join(', ')));
    }
    await field(page).fill('901123300258');
    const facts = await page.locator('#number-facts').innerText();
    assert.ok(
      facts.includes(language === 'en' ? 'November' : language === 'ru' ? 'ноября' : 'қараша'),
      `${language}: ${facts}`,
    );
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('suggestions that agree with the given birth date and gender come first', async () => {
  const page = await numberPage();
  await page.locator('.more summary').click();
  await page.locator('#cross-birth').fill('1987-04-13');
  await page.locator('#cross-gender').selectOption('male');
  await field(page).fill('870413300129');
  const first = await page.locator('#number-suggestions button').first().getAttribute('data-number');
  assert.equal(first.slice(0, 6), '870413');
  assert.ok(['3', '5'].includes(first[6]), `${first} is a man born in 1987`);
  await page.close();
});

test('an unfinished number is no error yet; each verdict is announced once', async () => {
  const page = await numberPage();
  await page.evaluate(() => {
    const live = document.querySelector('iin-checker').shadowRoot.getElementById('number-announce');
    window.announced = [];
    new MutationObserver(() => window.announced.push(live.textContent)).observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await field(page).pressSequentially('90112');
  assert.equal(await verdict(page).innerText(), '');
  assert.equal(await field(page).getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('#number-progress').innerText(), text('en', 'typingProgress', { count: 5 }));
  await field(page).blur(); // leaving the field: now it is an error
  await verdict(page).locator('[data-code="too_short"]').waitFor();
  await field(page).focus();
  await page.keyboard.press('End');
  await field(page).pressSequentially('3300258');
  await verdict(page).getByText('Valid IIN').waitFor();
  const announced = await page.evaluate(() => window.announced.filter(Boolean));
  assert.equal(announced.length, 2, JSON.stringify(announced));
  assert.match(announced[0], /not valid/);
  assert.match(announced[1], /^Valid IIN/);
  await page.close();
});

test('a pasted direction mark is refused by name and place; the field shows the digits as typed', async () => {
  const page = await numberPage();
  await page.evaluate(() => navigator.clipboard.writeText('901\u202e123300258'));
  await field(page).focus();
  await page.keyboard.press('Control+V');
  const message = verdict(page).locator('[data-code="bidi_control"]');
  await message.waitFor();
  assert.equal(await message.innerText(), text('en', 'bidi_control', { position: 4, code: 'U+202E' }));
  assert.equal(await field(page).inputValue(), '901 123 300 258');
  assert.equal(await page.locator('#number-echo mark').innerText(), '⟨U+202E⟩');
  await field(page).press('End');
  await field(page).press('Backspace');
  await field(page).pressSequentially('8');
  await verdict(page).getByText('Valid IIN').waitFor();
  assert.deepEqual(page.problems, []);
  await page.close();
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

test('the century is an English ordinal by CLDR rules: 21st, 20th, 19th', async () => {
  const page = await numberPage();
  for (const [number, century] of [
    ['061211600012', '21st century'],
    ['901123300258', '20th century'],
    ['991231100010', '19th century'],
  ]) {
    await enter(page, number);
    await verdict(page).getByText('Valid IIN').waitFor();
    assert.match(await page.locator('#number-facts').innerText(), new RegExp(century), number);
  }
  assert.doesNotMatch(await page.locator('#number-facts').innerText(), /\d(st|nd|rd)th/);
  await page.close();
});

test('a BIN registered in January 2049 is valid with a warning on the pinned day, in every language', async () => {
  for (const language of LANGUAGES) {
    const page = await numberPage(language);
    await enter(page, '490140000121');
    const warning = page.locator('#number-verdict [data-code="registered_in_future"]');
    await warning.waitFor();
    assert.ok((await warning.innerText()).includes(fixedPart(language, 'registered_in_future')), language);
    assert.match(await warning.innerText(), /2049/);
    assert.equal(await field(page).getAttribute('aria-invalid'), 'false', `${language}: still valid`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
