// "Check a number": the verdict as the person types, what the number encodes, the exact
// problem with the bad character marked, and numbers one slip away. The checker decides; this
// file only asks it and shows the answer.

import { el, fill } from './dom.js';

const GROUP = 3;

// Digits grouped in threes as the person types; the caret stays after the same digit.
function groupDigits(input, event) {
  const value = input.value;
  if (!/^[\d ]*$/.test(value)) return;  // anything else stays as typed, so its position can be shown
  const digits = value.replace(/ /g, '');
  const previous = input.dataset.digits;
  input.dataset.digits = digits;
  if (event?.inputType?.startsWith('delete') && digits === previous) return;  // a deleted space stays deleted
  const grouped = digits.replace(new RegExp(`(\\d{${GROUP}})(?=\\d)`, 'g'), '$1 ');
  if (grouped === value) return;
  const caretDigits = value.slice(0, input.selectionStart ?? value.length).replace(/ /g, '').length;
  input.value = grouped;
  let caret = 0;
  for (let seen = 0; caret < grouped.length && seen < caretDigits; caret += 1) {
    if (grouped[caret] !== ' ') seen += 1;
  }
  input.setSelectionRange(caret, caret);
}

function characterName(character) {
  const code = character.codePointAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) ? hex : `“${character}” (${hex})`;
}

function issueText(issue, result, options, { t, formatDate }) {
  const characters = Array.from(result.input);
  const values = {
    position: (issue.position ?? 0) + 1,
    character: characterName(characters[issue.position ?? 0] ?? '?'),
    count: result.normalized.length,
    actual: result.checkDigit,
    expected: result.expectedCheckDigit,
    decoded: result.iin ? formatDate(result.iin.birthDate) : '',
    given: options.birthDate ? formatDate(options.birthDate) : '',
    decodedGender: result.iin ? t(result.iin.gender) : '',
    givenGender: options.gender ? t(options.gender) : '',
  };
  if (issue.code === 'kind_mismatch') return t(result.kind === 'bin' ? 'kind_mismatch_bin' : 'kind_mismatch_iin');
  return t(issue.code, values);
}

function verdictTitle(result, t) {
  if (!result.valid) return t('verdictInvalid');
  return t(result.kind === 'bin' ? 'verdictValidBin' : result.kind === 'iin' ? 'verdictValidIin' : 'verdictValidOther');
}

function echoWithMark(result, position) {
  const characters = Array.from(result.input);
  return [
    characters.slice(0, position).join(''),
    el('mark', {}, characters[position] ?? ''),
    characters.slice(position + 1).join(''),
  ];
}

function factRows(result, { t, formatDate, formatMonth }) {
  if (result.iin) {
    return [
      [t('factBirthDate'), formatDate(result.iin.birthDate)],
      [t('factGender'), t(result.iin.gender)],
      [t('factCentury'), t('centuryValue', { century: result.iin.century })],
      [t('factSerial'), result.iin.serial],
    ];
  }
  if (result.bin) {
    return [
      [t('factRegistered'), formatMonth(result.bin.registered)],
      [t('factEntity'), t(`entity_${result.bin.entity}`)],
      [t('factDivision'), t(`division_${result.bin.division}`)],
      [t('factSerial'), result.bin.serial],
    ];
  }
  return [];
}

/** ctx: { checker, $ (an id → element), i18n (the current translator), emit (event, detail) }. */
export function setUpNumberView(ctx) {
  const { checker, $ } = ctx;
  const input = $('number');
  const verdict = $('number-verdict');
  const echo = $('number-echo');
  const facts = $('number-facts');
  const suggestions = $('number-suggestions');
  const controls = { birthDate: $('cross-birth'), gender: $('cross-gender'), expect: $('expect'), strict: $('strict') };
  let firstVerdict = true;

  function options() {
    const o = {};
    if (controls.strict.checked) o.strict = true;
    if (controls.expect.value) o.expect = controls.expect.value;
    if (controls.birthDate.value && /^\d{4}-\d\d-\d\d$/.test(controls.birthDate.value)) o.birthDate = controls.birthDate.value;
    if (controls.gender.value) o.gender = controls.gender.value;
    return o;
  }

  function render() {
    const { i18n } = ctx;
    const typed = input.value;
    if (typed.trim() === '') {
      verdict.className = 'verdict';
      fill(verdict);
      for (const part of [echo, facts, suggestions]) part.hidden = true;
      input.removeAttribute('aria-invalid');
      return;
    }
    const o = options();
    let result;
    try {
      result = checker.check(typed, o);
    } catch (error) {  // an option the checker refused, such as a date out of range
      fill(verdict, el('p', {}, error.message));
      return;
    }
    verdict.className = `verdict ${result.valid ? 'verdict--good' : 'verdict--bad'}`;
    fill(verdict,
      el('p', { class: 'verdict__title' }, el('span', { 'aria-hidden': 'true', class: 'verdict__icon' }, result.valid ? '✓' : '✗'), ' ', verdictTitle(result, i18n.t)),
      result.errors.map((issue) => el('p', { 'data-code': issue.code }, issueText(issue, result, o, i18n))),
      result.warnings.map((issue) => el('p', { class: 'verdict__warning', 'data-code': issue.code }, issueText(issue, result, o, i18n))));
    input.setAttribute('aria-invalid', String(!result.valid));

    const bad = result.errors.find((issue) => issue.position !== undefined);
    echo.hidden = !bad;
    if (bad) fill(echo, el('span', { class: 'visually-hidden' }, i18n.t('echoLabel')), ...echoWithMark(result, bad.position));

    const rows = factRows(result, i18n);
    facts.hidden = rows.length === 0;
    fill(facts, rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));

    suggestions.hidden = result.suggestions.length === 0;
    fill(suggestions.querySelector('ul'), result.suggestions.map((number) =>
      el('li', {}, el('button', { type: 'button', class: 'suggestion', 'data-number': number }, number.replace(/(\d{3})(?=\d)/g, '$1 ')))));

    if (firstVerdict) {
      firstVerdict = false;
      performance.mark('iin:first-verdict');
    }
    ctx.emit('iin-check', result);
  }

  input.addEventListener('input', (event) => {
    groupDigits(input, event);
    render();
  });
  $('number-form').addEventListener('submit', (event) => event.preventDefault());
  for (const control of Object.values(controls)) control.addEventListener('input', render);
  suggestions.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-number]');
    if (!button) return;
    input.value = button.dataset.number;
    groupDigits(input);
    render();
    input.focus();
  });
  input.disabled = false;
  return { render };
}
