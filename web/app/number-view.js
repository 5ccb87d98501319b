// "Check a number": the verdict as the person types, what the number encodes, the exact
// problem with the bad character marked, and numbers one slip away. The checker decides; this
// file only asks it and shows the answer.

import { byId, el, fill } from './dom.js';
import { formatDate, formatMonth, t } from './i18n.js';

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

function issueText(issue, result, options) {
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

function verdictTitle(result) {
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

function factRows(result) {
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

export function setUpNumberView(checker) {
  const input = byId('number');
  const verdict = byId('number-verdict');
  const echo = byId('number-echo');
  const facts = byId('number-facts');
  const suggestions = byId('number-suggestions');
  const controls = { birthDate: byId('cross-birth'), gender: byId('cross-gender'), expect: byId('expect'), strict: byId('strict') };
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
      el('p', { class: 'verdict__title' }, el('span', { 'aria-hidden': 'true', class: 'verdict__icon' }, result.valid ? '✓' : '✗'), ' ', verdictTitle(result)),
      result.errors.map((issue) => el('p', { 'data-code': issue.code }, issueText(issue, result, o))),
      result.warnings.map((issue) => el('p', { class: 'verdict__warning', 'data-code': issue.code }, issueText(issue, result, o))));
    input.setAttribute('aria-invalid', String(!result.valid));

    const bad = result.errors.find((issue) => issue.position !== undefined);
    echo.hidden = !bad;
    if (bad) fill(echo, el('span', { class: 'visually-hidden' }, t('echoLabel')), ...echoWithMark(result, bad.position));

    const rows = factRows(result);
    facts.hidden = rows.length === 0;
    fill(facts, rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));

    suggestions.hidden = result.suggestions.length === 0;
    fill(suggestions.querySelector('ul'), result.suggestions.map((number) =>
      el('li', {}, el('button', { type: 'button', class: 'suggestion', 'data-number': number }, number.replace(/(\d{3})(?=\d)/g, '$1 ')))));

    if (firstVerdict) {
      firstVerdict = false;
      performance.mark('iin:first-verdict');
    }
  }

  input.addEventListener('input', (event) => {
    groupDigits(input, event);
    render();
  });
  byId('number-form').addEventListener('submit', (event) => event.preventDefault());
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
