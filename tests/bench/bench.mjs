// Prints ns per number for the public API against a tight plain-JS check-digit loop over the
// same text, in one run. Figures only: nothing here passes or fails on time.
//   node tests/bench/bench.mjs [lines]        (IIN_SITE_DIR defaults to build/site)
import { performance } from 'node:perf_hooks';
import { siteModule } from '../js/site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const LINES = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;

function randomLines(count, seed = 12345) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
  const lines = new Array(count);
  for (let i = 0; i < count; i += 1) {
    let line = '';
    for (let d = 0; d < 12; d += 1) line += String.fromCharCode(48 + (next() % 10));
    lines[i] = line;
  }
  return lines;
}

// The baseline: what a page could do in plain JS with no allocation: weighted sums per line.
function tightLoop(text) {
  let valid = 0;
  let first = 0;
  let second = 0;
  let digit = 0;
  let at = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      at = 0;
      first = 0;
      second = 0;
      continue;
    }
    digit = c - 48;
    if (at < 11) {
      first += digit * (at + 1);
      second += digit * (at < 9 ? at + 3 : at - 8);
    } else if (at === 11) {
      let expected = first % 11;
      if (expected === 10) expected = second % 11;
      if (expected === digit) valid += 1;
    }
    at += 1;
  }
  return valid;
}

function best(label, count, run) {
  let fastest = Infinity;
  let answer;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    answer = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return { label, nsPerNumber: (fastest * 1e6) / count, answer };
}

// Staff files as HR exports them: a name, then the number; a header line; Windows line ends.
const GIVEN = ['Aigerim', 'Nursultan', 'Dana', 'Yerlan', 'Madina', 'Timur', 'Alexandra', 'Zhanna'];
const FAMILY = ['Bekova', 'Abenov', 'Ivanova', 'Seitkali', 'Kuznetsov', 'Nurlanova', 'Tokayev', 'Li'];
const CYRILLIC = ['Айгерим Бекова', 'Нурсултан Абенов', 'Дана Иванова', 'Ерлан Сейткали'];
const named = (numbers, names) => `name,iin\r\n${numbers.map((n, i) => `${names(i)},${n}`).join('\r\n')}\r\n`;

const checker = await createChecker();
const lines = randomLines(LINES);
const text = lines.join('\n');
const nameIin = named(lines, (i) => `${GIVEN[i % 8]} ${FAMILY[(i >> 3) % 8]}`);
const nameIinCyrillic = named(lines, (i) => CYRILLIC[i % 4]);
const singleCount = Math.min(LINES, 200_000);

const results = [
  best('tight plain-JS loop (baseline)', LINES, () => tightLoop(text)),
  best('checkMany(text)', LINES, () => checker.checkMany(text).valid),
  best('checkMany(name,iin text)', LINES, () => checker.checkMany(nameIin).valid),
  best('checkMany(name,iin, Cyrillic names)', LINES, () => checker.checkMany(nameIinCyrillic).valid),
  best('checkMany(array)', LINES, () => checker.checkMany(lines).valid),
  best('check() one call at a time', singleCount, () => {
    let valid = 0;
    for (let i = 0; i < singleCount; i += 1) valid += checker.check(lines[i]).valid ? 1 : 0;
    return valid;
  }),
];
const baseline = results[0].nsPerNumber;
console.log(
  `IIN checker ${checker.version} — ${LINES.toLocaleString('en')} random 12-digit lines, ` +
    `best of ${ROUNDS}, Node ${process.version}`,
);
for (const r of results) {
  console.log(
    `${r.label.padEnd(38)} ${r.nsPerNumber.toFixed(1).padStart(8)} ns/number   ` +
      `${(baseline / r.nsPerNumber).toFixed(2).padStart(6)}x the baseline's speed   (valid: ${r.answer})`,
  );
}
const bare = results[1].nsPerNumber;
console.log(
  `name,iin lines cost ${(results[2].nsPerNumber / bare).toFixed(2)}x the bare lines ` +
    `(Cyrillic names: ${(results[3].nsPerNumber / bare).toFixed(2)}x); the goal is at most 1.5x`,
);
const disagreeing = results.slice(1, 5).filter((r) => r.answer !== results[0].answer);
if (disagreeing.length) {
  console.log(
    `note: these disagree with the baseline's valid count (${results[0].answer}): ` +
      disagreeing.map((r) => `${r.label} ${r.answer}`).join('; '),
  );
}
