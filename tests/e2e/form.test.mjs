// <iin-checker> as a form control and as an element whose attributes a host changes: the demo
// form (web/demo/form.html, in Russian) and the demo host page, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startSite } from './browser.mjs';
import { text } from './translations.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => site?.close());

// Records the events the elements send, by name, for the test to read.
function recordEvents() {
  window.heardEvents = [];
  for (const name of ['iin-check', 'iin-checklist-change', 'checklist-change', 'iin-ready', 'iin-error']) {
    document.addEventListener(name, (event) =>
      window.heardEvents.push({ name, id: event.target.id, code: event.detail?.code }),
    );
  }
}

async function openReady(context, url) {
  const page = await openPage(context);
  await page.addInitScript(recordEvents);
  await page.goto(url);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('iin-checker')].every((e) =>
      e.shadowRoot?.querySelector('.view:not([hidden]):not([aria-busy])'),
    ),
  );
  return page;
}

const heard = (page, name, id) =>
  page.evaluate(([n, i]) => window.heardEvents.filter((e) => e.name === n && (!i || e.id === i)).length, [name, id]);

test('in a form: sent under its name, required, refused with a reason in its language, reset, disabled', async () => {
  const context = await launchBrowser();
  const page = await openReady(context, `${site.origin}/demo/form.html`);
  const iin = page.locator('#iin');
  const field = iin.locator('#number');

  await page.locator('#send').click();
  assert.equal(await page.locator('#refused').innerText(), `iin: ${text('ru', 'validationMissing')}`);
  assert.equal(await iin.evaluate((e) => e.validity.valueMissing), true);

  await field.fill('901123300257');
  await page.locator('#send').click();
  assert.equal(await page.locator('#refused').innerText(), `iin: ${text('ru', 'validationInvalid')}`);
  assert.equal(await iin.evaluate((e) => [e.validity.typeMismatch, e.checkValidity()].join()), 'true,false');

  await field.fill('901 123 300 258');
  await page.locator('#full-name').fill('Айгерим');
  await page.locator('#send').click();
  assert.deepEqual(JSON.parse(await page.locator('#sent').innerText()), { fullName: 'Айгерим', iin: '901123300258' });
  assert.equal(await iin.evaluate((e) => e.value), '901123300258');

  await page.locator('#clear').click();
  assert.equal(await field.inputValue(), '');
  assert.equal(await iin.evaluate((e) => [e.value, e.validity.valueMissing].join()), ',true');

  // The host sets the value: the view groups and checks it like typed input.
  await iin.evaluate((e) => {
    e.value = '940140000385';
  });
  assert.equal(await field.inputValue(), '940 140 000 385');
  await iin.locator('#number-verdict').getByText(text('ru', 'verdictValidBin')).waitFor();

  // A disabled fieldset disables the element: not sent, not focusable, not validated.
  await page.locator('#applicant').evaluate((fieldset) => {
    fieldset.disabled = true;
  });
  assert.equal(await iin.evaluate((e) => e.matches(':disabled')), true);
  assert.equal(await field.evaluate((input) => Boolean(input.closest('[inert]'))), true);
  assert.equal(await page.locator('#application').evaluate((form) => new FormData(form).has('iin')), false);
  await page.locator('#applicant').evaluate((fieldset) => {
    fieldset.disabled = false;
  });
  assert.equal(await field.evaluate((input) => Boolean(input.closest('[inert]'))), false);
  await iin.evaluate((e) => {
    e.disabled = true;
  });
  assert.equal(
    await iin.evaluate((e) => [e.hasAttribute('disabled'), e.matches(':disabled'), e.willValidate].join()),
    'true,true,false',
  );
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('after going back, the browser restores the number the person typed', async () => {
  const context = await launchBrowser();
  const page = await openReady(context, `${site.origin}/demo/form.html`);
  await page.locator('#iin #number').fill('901123300258');
  await page.goto(`${site.origin}/demo/`);
  await page.goBack();
  await page.locator('#iin #number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();
  assert.equal(await page.locator('#iin').evaluate((e) => e.value), '901123300258');
  await context.close();
});

test('attributes changed after load take effect, properties reflect them, iin-check comes once per change', async () => {
  const context = await launchBrowser();
  const page = await openReady(context, `${site.origin}/demo/`);
  const numbers = page.locator('#numbers');
  assert.equal(await heard(page, 'iin-ready', 'numbers'), 1);

  await numbers.locator('#number').fill('901123300258');
  await numbers.locator('#number-verdict').getByText(text('en', 'verdictValidIin')).waitFor();
  assert.equal(await heard(page, 'iin-check', 'numbers'), 1);
  await numbers.evaluate((e) => e.setAttribute('lang', 'kk'));
  await numbers.locator('#number-verdict').getByText(text('kk', 'verdictValidIin')).waitFor();
  assert.equal(await numbers.locator('#number-heading').innerText(), text('kk', 'numberHeading'));
  assert.equal(await heard(page, 'iin-check', 'numbers'), 1, 'a new language sends no new iin-check');
  await numbers.locator('#number').fill('901123300257');
  await numbers.locator('#number-verdict').getByText(text('kk', 'verdictInvalid')).waitFor();
  assert.equal(await heard(page, 'iin-check', 'numbers'), 2);

  // required and the validation message follow the language too.
  await numbers.evaluate((e) => {
    e.required = true;
  });
  await numbers.locator('#number').fill('');
  assert.equal(await numbers.evaluate((e) => e.validationMessage), text('kk', 'validationMissing'));

  // view: from "Check a number" to "My documents" and back.
  await numbers.evaluate((e) => {
    e.view = 'documents';
  });
  assert.equal(await numbers.evaluate((e) => e.getAttribute('view')), 'documents');
  await numbers.locator('#channel-choices input').first().waitFor();
  assert.equal(await numbers.locator('#view-number').isHidden(), true);
  await numbers.evaluate((e) => {
    e.view = 'number';
  });
  await numbers.locator('#number').waitFor();

  // channel and category: new preset answers reach "My documents".
  const documents = page.locator('#documents');
  assert.equal(await documents.locator('#category-spouse').isChecked(), true);
  await documents.evaluate((e) => {
    e.channel = 'psc';
    e.removeAttribute('category');
  });
  await documents.locator('#channel-psc:checked').waitFor();
  await documents.locator('#items li').first().waitFor();
  assert.equal(await documents.evaluate((e) => [e.channel, e.category, e.syncUrl].join()), 'psc,,false');
  assert.ok((await heard(page, 'iin-checklist-change', 'documents')) >= 1);
  assert.equal(
    await heard(page, 'checklist-change', 'documents'),
    await heard(page, 'iin-checklist-change', 'documents'),
    'the old event name comes with every new one',
  );
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('rules-url: a hostile or missing rules file says so in "My documents"; "Check a number" keeps working', async () => {
  const context = await launchBrowser();
  const page = await openReady(context, `${site.origin}/demo/`);
  await page.route('**/rules/hostile.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        asOf: '2026-11-25',
        channels: [{ id: 'psc' }, { id: 'psc' }],
        '<img src=x onerror=alert(1)>': 1,
      }),
    }),
  );
  await page.route('**/rules/missing.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.evaluate(() => {
    const element = Object.assign(document.createElement('iin-checker'), { id: 'hosted', lang: 'ru' });
    element.setAttribute('rules-url', '/rules/hostile.json');
    element.setAttribute('view', 'documents');
    document.querySelector('main').append(element);
  });
  const hosted = page.locator('#hosted');
  const problem = hosted.locator('.rules-problem');
  await problem.waitFor();
  const expected = text('ru', 'rulesInvalid', { url: `${site.origin}/rules/hostile.json`, path: 'PATH' }).split(
    'PATH',
  )[0];
  assert.ok((await problem.innerText()).startsWith(expected), await problem.innerText());
  assert.equal(await hosted.locator('img').count(), 0, 'nothing from the file became markup');
  assert.deepEqual(
    await page.evaluate(() =>
      window.heardEvents.filter((e) => e.id === 'hosted').map((e) => e.name + ':' + (e.code ?? '')),
    ),
    ['iin-error:rules_invalid'],
  );

  await hosted.evaluate((e) => {
    e.rulesUrl = '/rules/missing.json';
  });
  await hosted
    .locator('.rules-problem')
    .getByText(text('ru', 'rulesUnavailable', { url: `${site.origin}/rules/missing.json` }))
    .waitFor();

  await hosted.evaluate((e) => {
    e.view = 'number';
  });
  await hosted.locator('#number').fill('901123300258');
  await hosted.locator('#number-verdict').getByText(text('ru', 'verdictValidIin')).waitFor();

  await hosted.evaluate((e) => {
    e.removeAttribute('rules-url');
    e.view = 'documents';
  });
  await hosted.locator('#channel-choices input').first().waitFor();
  assert.equal(await hosted.locator('.rules-problem').count(), 0);
  assert.deepEqual(
    page.problems,
    ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'],
    'the missing rules file is the only problem',
  );
  await context.close();
});
