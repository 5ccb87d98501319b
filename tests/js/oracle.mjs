// An independent plain-JS reading of the IIN/BIN rules (the check digit and the conventional
// layouts), written from the rules themselves, not from the C++: the differential test holds the
// compiled module to it.

const SEPARATORS = new Set([' ', '\t', '\r', '\n', '-', '.', '\u00a0', '\u2009', '\u202f']);

function checkDigitOf(d) {
  let a = 0;
  for (let i = 0; i < 11; i += 1) a += d[i] * (i + 1);
  a %= 11;
  if (a !== 10) return a;
  const second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  let b = 0;
  for (let i = 0; i < 11; i += 1) b += d[i] * second[i];
  b %= 11;
  return b === 10 ? null : b;
}

function realDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

const pad = (n, width) => String(n).padStart(width, '0');

function readIin(d) {
  const problems = [];
  const code = d[6];
  const centuryOk = code >= 1 && code <= 6;
  if (!centuryOk) problems.push('invalid_century_code');
  const firstYear = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 }[code] ?? 1900;
  const year = firstYear + d[0] * 10 + d[1];
  const month = d[2] * 10 + d[3];
  const day = d[4] * 10 + d[5];
  if (!realDate(year, month, day)) problems.push('invalid_birth_date');
  if (problems.length) return { problems };
  return {
    problems,
    data: {
      birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
      gender: code % 2 === 1 ? 'male' : 'female',
      century: firstYear / 100 + 1,
      serial: d.slice(7, 11).join(''),
    },
  };
}

function readBin(d) {
  const problems = [];
  const month = d[2] * 10 + d[3];
  if (month < 1 || month > 12) problems.push('invalid_registration_month');
  if (![4, 5, 6].includes(d[4])) problems.push('invalid_entity_type');
  if (d[5] > 3) problems.push('invalid_division');
  if (problems.length) return { problems };
  const yy = d[0] * 10 + d[1];
  return {
    problems,
    data: {
      registered: `${yy < 50 ? 2000 + yy : 1900 + yy}-${pad(month, 2)}`,
      entity: ['resident', 'non_resident', 'individual_entrepreneur'][d[4] - 4],
      division: ['head', 'branch', 'representative', 'farm'][d[5]],
      serial: d.slice(6, 11).join(''),
    },
  };
}

/** What check() must answer: codes and decoded fields, no messages. */
export function oracle(input, options = {}) {
  const out = {
    valid: false,
    kind: 'unknown',
    errors: [],
    warnings: [],
    normalized: '',
    checkDigit: null,
    expectedCheckDigit: null,
    iin: null,
    bin: null,
    position: undefined,
  };
  let index = 0;
  let bad;
  for (const ch of input) {
    // iterates by code point; a lone surrogate arrives as itself
    if (ch >= '0' && ch <= '9') out.normalized += ch;
    else if (!SEPARATORS.has(ch) && bad === undefined) bad = index;
    index += 1;
  }
  if (bad !== undefined) {
    out.errors.push('invalid_character');
    out.position = bad;
    return out;
  }
  if (out.normalized.length === 0) {
    out.errors.push('empty');
    return out;
  }
  if (out.normalized.length !== 12) {
    out.errors.push(out.normalized.length < 12 ? 'too_short' : 'too_long');
    return out;
  }
  const d = [...out.normalized].map(Number);
  out.checkDigit = d[11];
  out.expectedCheckDigit = checkDigitOf(d);
  const iin = readIin(d);
  const bin = readBin(d);
  if (iin.data) {
    out.kind = 'iin';
    out.iin = iin.data;
  } else if (bin.data) {
    out.kind = 'bin';
    out.bin = bin.data;
  }
  if (out.expectedCheckDigit === null) {
    out.errors.push('unissuable_checksum');
  } else if (out.expectedCheckDigit !== d[11]) {
    out.errors.push('checksum_mismatch');
  } else {
    if (out.kind === 'unknown') {
      if (options.strict) {
        const meant = options.expect ?? (d[4] <= 3 ? 'iin' : 'bin');
        out.errors.push(...(meant === 'iin' ? iin : bin).problems);
      } else {
        out.warnings.push('no_encoded_data');
      }
    }
    // A birth date after today, or a registration month after today's (dates compare as text).
    const future =
      options.today &&
      ((out.iin && out.iin.birthDate > options.today && 'born_in_future') ||
        (out.bin && out.bin.registered > options.today.slice(0, 7) && 'registered_in_future'));
    if (future) (options.strict ? out.errors : out.warnings).push(future);
    if (options.expect && out.kind !== 'unknown' && out.kind !== options.expect) out.errors.push('kind_mismatch');
  }
  if (out.iin && options.birthDate && out.iin.birthDate !== options.birthDate) out.warnings.push('birth_date_differs');
  if (out.iin && options.gender && out.iin.gender !== options.gender) out.warnings.push('gender_differs');
  out.valid = out.errors.length === 0;
  return out;
}

const MAX_SUGGESTIONS = 5;

function isValidNumber(d) {
  const expected = checkDigitOf(d);
  return expected !== null && expected === d[11];
}

/**
 * The suggestions check() must give for 12 digits whose check digit is wrong, ranked as the API
 * documents: those that agree with the given birth date and gender, then those that follow a
 * layout (the expected one, if given), then adjacent transpositions before changed digits; within
 * that, left to right, and a change the first weighting accounts for before one that needs the
 * second.
 */
export function oracleSuggestions(normalized, options = {}) {
  const d = [...normalized].map(Number);
  if (d.length !== 12 || isValidNumber(d)) return [];
  const candidates = [];
  const rank = (digits, transposition) => {
    const iin = readIin(digits);
    const bin = readBin(digits);
    const person =
      !(options.birthDate || options.gender) ||
      (iin.data &&
        (!options.birthDate || iin.data.birthDate === options.birthDate) &&
        (!options.gender || iin.data.gender === options.gender));
    const layout =
      options.expect === 'iin'
        ? !!iin.data
        : options.expect === 'bin'
          ? !iin.data && !!bin.data
          : !!iin.data || !!bin.data;
    return (person ? 0 : 4) + (layout ? 0 : 2) + (transposition ? 0 : 1);
  };
  for (let i = 0; i + 1 < 12; i += 1) {
    if (d[i] === d[i + 1]) continue;
    const swapped = [...d];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    if (isValidNumber(swapped)) candidates.push({ digits: swapped, rank: rank(swapped, true), order: [0, i, 0] });
  }
  for (let i = 0; i < 12; i += 1) {
    for (let value = 0; value <= 9; value += 1) {
      if (value === d[i]) continue;
      const changed = [...d];
      changed[i] = value;
      if (!isValidNumber(changed)) continue;
      let first = 0;
      for (let k = 0; k < 11; k += 1) first += changed[k] * (k + 1);
      candidates.push({ digits: changed, rank: rank(changed, false), order: [1, i, first % 11 === 10 ? 1 : 0] });
    }
  }
  const before = (a, b) =>
    a.rank - b.rank || a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2];
  return candidates
    .sort(before)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.digits.join(''));
}
