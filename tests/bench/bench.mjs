// Prints ns per number for the public API against a tight plain-JS check-digit loop over the
// same text, in one run; the files people have (name,iin in Latin and Cyrillic, quoted ';' with
// four columns, with a birth-date column compared) against bare lines; the module's memory
// against the text's size; and a 2 GB file read in parts. Figures only: nothing here passes or
// fails on time.
//   node tests/bench/bench.mjs [lines] [gigabytes in parts]   (IIN_SITE_DIR defaults to build/site)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteDir, siteModule } from '../js/site.mjs';
import { fastest } from './fastest.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const { ManyChecker } = await import(siteModule('lib/many-checker.js'));
const { startModule } = await import(siteModule('lib/start-module.js'));
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
  const { ms, answer } = fastest(ROUNDS, run);
  return { label, nsPerNumber: (ms * 1e6) / count, answer };
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

// The files people have, against bare lines, each in a module of its own so that its memory after
// the call is what that shape needed (WebAssembly memory never shrinks).
const BORN = ['23.11.1990', '07.12.1985'];
const quoted = (i, n) => `${i + 1};"${CYRILLIC[i % 4]}";"${n}";"Бухгалтер"`;
const shapes = [
  ['bare lines', text],
  ['name,iin (Latin names)', nameIin],
  ['name,iin (Cyrillic names)', nameIinCyrillic],
  ['№;ФИО;ИИН;Должность, quoted', `№;ФИО;ИИН;Должность\r\n${lines.map((n, i) => quoted(i, n)).join('\r\n')}\r\n`],
  [
    '№;ФИО;ИИН;Дата рождения, compared',
    `№;ФИО;ИИН;Дата рождения\r\n${lines.map((n, i) => `${i + 1};"${CYRILLIC[i % 4]}";${n};${BORN[i % 2]}`).join('\r\n')}\r\n`,
  ],
];
const wasm = readFileSync(path.join(siteDir, 'iin-many-core.wasm'));
const utf8Bytes = (value) => Buffer.byteLength(value, 'utf8');
console.log('\nFiles as people have them, checkMany(text), best of 5, each in a fresh module:');
let bareNs = 0;
for (const [label, shape] of shapes) {
  const core = await startModule({ url: new URL(siteModule('iin-many-core.wasm')), bytes: wasm });
  const own = new ManyChecker(core);
  const r = best(label, LINES, () => own.checkMany(shape).valid);
  if (!bareNs) bareNs = r.nsPerNumber;
  const memory = core.memory.buffer.byteLength;
  const bytes = utf8Bytes(shape);
  console.log(
    `  ${label.padEnd(36)} ${r.nsPerNumber.toFixed(1).padStart(7)} ns/line   ${(r.nsPerNumber / bareNs).toFixed(2)}x bare lines (goal <= 1.5x)   ` +
      `module memory ${(memory / 2 ** 20).toFixed(0)} MB for ${(bytes / 2 ** 20).toFixed(0)} MB of text: ${(memory / bytes).toFixed(2)}x (goal <= 1.2x)`,
  );
}

// A file far larger than any string: read in parts from a stream, 1 MB at a time.
const GIGABYTES = Number(process.argv[3] ?? 2);
if (GIGABYTES > 0) {
  const core = await startModule({ url: new URL(siteModule('iin-many-core.wasm')), bytes: wasm });
  const own = new ManyChecker(core);
  const part = Buffer.from(
    nameIin.slice(nameIin.indexOf('\n') + 1, nameIin.indexOf('\n') + 1 + 2 ** 20).replace(/[^\n]*$/, ''),
  );
  const parts = Math.ceil((GIGABYTES * 2 ** 30) / part.length);
  let sent = 0;
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(Buffer.from('name,iin\r\n'));
    },
    pull(controller) {
      if (sent === parts) controller.close();
      else (controller.enqueue(new Uint8Array(part.buffer, part.byteOffset, part.length)), (sent += 1));
    },
  });
  let progressCalls = 0;
  const start = performance.now();
  const batch = await own.checkMany(stream, { onProgress: () => (progressCalls += 1) });
  const ms = performance.now() - start;
  const bytes = parts * part.length;
  console.log(
    `\n${(bytes / 2 ** 30).toFixed(2)} GB of name,iin lines in parts (a ReadableStream): ${batch.total.toLocaleString('en')} checked in ${(ms / 1000).toFixed(1)} s ` +
      `(${(bytes / 2 ** 20 / (ms / 1000)).toFixed(0)} MB/s, ${progressCalls} progress calls); module memory ${(core.memory.buffer.byteLength / 2 ** 20).toFixed(0)} MB ` +
      `(one part, the unfinished record, and one byte per record: ${(batch.codes.length / 2 ** 20).toFixed(0)} MB of codes)`,
  );
}
