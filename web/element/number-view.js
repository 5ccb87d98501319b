// "Check a number": the verdict once the number is complete, what a valid number encodes, the
// exact problem with the bad character marked, and numbers one slip away with the changed digits
// marked. The checker decides; this file only asks it and shows the answer.
//
// While the person types, an incomplete number is not an error: errors wait for twelve digits,
// a paste, Enter or leaving the field; a screen reader hears each new verdict once.

import { el, fill } from './dom.js';

const GROUP = 3;
const DIGITS = 12;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

// Digits grouped in threes as the person types; the caret stays after the same digit.
function groupDigits(input, event) {
  const value = input.value;
  if (!/^[\d ]*$/.test(value)) return; // anything else stays as typed, so its position can be shown
  const digits = value.replace(/ /g, '');
  const previous = input.dataset.digits;
  input.dataset.digits = digits;
  if (event?.inputType?.startsWith('delete') && digits === previous) return; // a deleted space stays deleted
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

const codePoint = (character) => `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function characterName(character) {
  const code = character.codePointAt(0);
  return code < 0x20 || (code >= 0x7f && code < 0xa0)
    ? codePoint(character)
    : `“${character}” (${codePoint(character)})`;
}

function issueText(issue, result, options, { t, formatDate, formatMonth }) {
  const characters = Array.from(result.input);
  const bad = characters[issue.position ?? 0] ?? '?';
  const values = {
    position: (issue.position ?? 0) + 1,
    character: characterName(bad),
    code: codePoint(bad),
    count: result.normalized.length,
    decoded: result.iin ? formatDate(result.iin.birthDate) : '',
    registered: result.bin ? formatMonth(result.bin.registered) : '',
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
  const bad = characters[position] ?? '';
  return [
    characters.slice(0, position).join(''),
    // A direction mark is shown by its code: as itself it would reorder what follows.
    el('mark', {}, BIDI_CONTROL.test(bad) ? `⟨${codePoint(bad)}⟩` : bad),
    characters
      .slice(position + 1)
      .join('')
      .replace(BIDI_CONTROLS, ''),
  ];
}

// Facts only for a valid number: what an invalid one seems to encode is not a fact.
function factRows(result, { t, formatDate, formatMonth, ordinal }) {
  if (!result.valid) return [];
  if (result.iin) {
    return [
      [t('factBirthDate'), formatDate(result.iin.birthDate)],
      [t('factGender'), t(result.iin.gender)],
      [t('factCentury'), ordinal('centuryValue', result.iin.century, { century: result.iin.century })],
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

// The suggestion in groups of three, each digit that differs from what was typed marked.
function suggestionButton(number, typed, t) {
  const changed = [];
  const parts = [];
  for (let i = 0; i < number.length; i += 1) {
    if (i > 0 && i % GROUP === 0) parts.push(' ');
    if (number[i] !== typed[i]) {
      changed.push(i + 1);
      parts.push(el('mark', {}, number[i]));
    } else {
      parts.push(number[i]);
    }
  }
  const grouped = number.replace(/(\d{3})(?=\d)/g, '$1 ');
  return el(
    'button',
    {
      type: 'button',
      class: 'suggestion',
      'data-number': number,
      'aria-label': t('suggestionChanged', { number: grouped, positions: changed.join(', ') }),
    },
    ...parts,
  );
}

/** ctx: { checker, $ (an id → element), i18n (the current translator), emit (event, detail) }. */
export function setUpNumberView(ctx) {
  const { checker, $ } = ctx;
  const input = $('number');
  const verdict = $('number-verdict');
  const typingProgress = $('number-progress');
  const announce = $('number-announce');
  const echo = $('number-echo');
  const facts = $('number-facts');
  const suggestions = $('number-suggestions');
  const controls = { birthDate: $('cross-birth'), gender: $('cross-gender'), expect: $('expect'), strict: $('strict') };
  let firstVerdict = true;
  let committed = false; // the person has finished: twelve digits, a paste, Enter or leaving the field
  let refused = null; // a pasted text with direction marks, shown until the next edit
  let announced = '';
  let drawn = '';

  function options() {
    const o = {};
    if (controls.strict.checked) o.strict = true;
    if (controls.expect.value) o.expect = controls.expect.value;
    if (controls.birthDate.value && /^\d{4}-\d\d-\d\d$/.test(controls.birthDate.value))
      o.birthDate = controls.birthDate.value;
    if (controls.gender.value) o.gender = controls.gender.value;
    return o;
  }

  function clear() {
    verdict.className = 'verdict';
    fill(verdict);
    typingProgress.textContent = '';
    for (const part of [echo, facts, suggestions]) part.hidden = true;
    input.removeAttribute('aria-invalid');
  }

  function say(text) {
    if (text === announced) return;
    announced = text;
    announce.textContent = text;
  }

  function render() {
    const { i18n } = ctx;
    const typed = refused ?? input.value;
    if (typed.trim() === '') {
      clear();
      say('');
      drawn = '';
      return;
    }
    const o = options();
    let result;
    try {
      result = checker.check(typed, o);
    } catch {
      // an option the checker refused, such as a date out of range
      clear();
      drawn = '';
      fill(verdict, el('p', {}, i18n.t('crossCheckRefused')));
      return;
    }
    const digits = result.normalized.length;
    const waiting = !result.valid && !committed && digits < DIGITS; // still typing: not an error yet
    // Drawn again only when something shown changes: leaving the field must not replace the
    // suggestion buttons under a click that is on its way.
    const key = JSON.stringify([typed, o, waiting, i18n.language]);
    if (key === drawn) return;
    drawn = key;
    if (waiting) {
      clear();
      typingProgress.textContent = i18n.t('typingProgress', { count: digits });
      return;
    }
    typingProgress.textContent = '';
    verdict.className = `verdict ${result.valid ? 'verdict--good' : 'verdict--bad'}`;
    const title = verdictTitle(result, i18n.t);
    const messages = result.errors.map((issue) => issueText(issue, result, o, i18n));
    fill(
      verdict,
      el(
        'p',
        { class: 'verdict__title' },
        el('span', { 'aria-hidden': 'true', class: 'verdict__icon' }, result.valid ? '✓' : '✗'),
        ' ',
        title,
      ),
      result.errors.map((issue, i) => el('p', { 'data-code': issue.code }, messages[i])),
      result.warnings.map((issue) =>
        el('p', { class: 'verdict__warning', 'data-code': issue.code }, issueText(issue, result, o, i18n)),
      ),
    );
    input.setAttribute('aria-invalid', String(!result.valid));
    say([title, ...messages].join(' '));

    const bad = result.errors.find((issue) => issue.position !== undefined);
    echo.hidden = !bad;
    if (bad)
      fill(echo, el('span', { class: 'visually-hidden' }, i18n.t('echoLabel')), ...echoWithMark(result, bad.position));

    const rows = factRows(result, i18n);
    facts.hidden = rows.length === 0;
    fill(
      facts,
      rows.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))),
    );

    suggestions.hidden = result.suggestions.length === 0;
    fill(
      suggestions.querySelector('ul'),
      result.suggestions.map((number) => el('li', {}, suggestionButton(number, result.normalized, i18n.t))),
    );

    if (firstVerdict) {
      firstVerdict = false;
      performance.mark('iin:first-verdict');
    }
    ctx.emit('iin-check', result);
  }

  // Direction marks are refused: the verdict names them, and the field keeps the digits in the
  // order they were typed.
  function takeOutDirectionMarks() {
    if (!BIDI_CONTROL.test(input.value)) return false;
    refused = input.value;
    input.value = input.value.replace(BIDI_CONTROLS, '');
    return true;
  }

  input.addEventListener('input', (event) => {
    refused = null;
    const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
    const marks = takeOutDirectionMarks();
    committed = pasted || marks || (committed && input.value.replace(/\D/g, '').length >= DIGITS);
    groupDigits(input, event);
    render();
  });
  input.addEventListener('change', () => {
    // leaving the field after a change
    committed = true;
    render();
  });
  input.addEventListener('blur', () => {
    if (committed || input.value.trim() === '') return;
    committed = true;
    render();
  });
  $('number-form').addEventListener('submit', (event) => {
    event.preventDefault();
    committed = true;
    render();
  });
  for (const control of Object.values(controls)) control.addEventListener('input', render);
  suggestions.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-number]');
    if (!button) return;
    refused = null;
    input.value = button.dataset.number;
    committed = true;
    groupDigits(input);
    render();
    input.focus();
  });
  input.disabled = false;
  return { render };
}
