// iin-check (the release preset's build) on 1,000,000 `name,iin` lines, against `wc -l` on the
// same file and against checkMany() of the same text in Node, in one run: ratios, best of 5.
// Figures only: nothing here passes or fails on time.
//   node tests/bench/cli.mjs [lines]   (IIN_CHECK defaults to build/release/wasm/cli/iin-check)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModule } from '../js/site.mjs';
import { fastest } from './fastest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const iinCheck = process.env.IIN_CHECK ?? path.join(root, 'build/release/wasm/cli/iin-check');
const LINES = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker({ checklist: false });

// `name,iin` lines as a staff file has them: nine in ten valid IINs and BINs (random digits with
// their check digit), one in ten random twelve digits (about one in eleven of those valid).
let state = 12345;
const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 16;
function checkDigit(digits) {
  const sum = (weights) => [...digits].reduce((total, d, i) => total + Number(d) * weights[i], 0) % 11;
  const first = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  return first !== 10 ? first : sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
}
const lines = ['name,iin'];
for (let i = 0; i < LINES; i += 1) {
  let digits = '';
  for (let d = 0; d < 11; d += 1) digits += String.fromCharCode(48 + (next() % 10));
  const check = i % 10 === 0 ? next() % 10 : checkDigit(digits);
  lines.push(`Person ${i},${digits}${check === 10 ? next() % 10 : check}`);
}
const scratch = mkdtempSync(path.join(tmpdir(), 'iin-bench-'));
const file = path.join(scratch, 'staff.csv');
writeFileSync(file, `${lines.join('\n')}\n`);

const best = (run) => fastest(ROUNDS, run);
function command(program, args) {
  const result = spawnSync(program, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (result.status > 1) throw new Error(`${program} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.toString();
}

const wc = best(() => command('wc', ['-l', file]));
const summary = best(() => command(iinCheck, ['--format=summary', file]));
const csv = best(() => command('sh', ['-c', `'${iinCheck}' '${file}' > /dev/null`]));
const node = best(() => checker.checkMany(readFileSync(file, 'utf8')).valid);
rmSync(scratch, { recursive: true, force: true });

const valid = Number(/: \d+ numbers checked: (\d+) valid/.exec(summary.answer)[1]);
if (valid !== node.answer) throw new Error(`iin-check found ${valid} valid, checkMany ${node.answer}`);
const row = (label, { ms }) =>
  console.log(
    `  ${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / wc.ms).toFixed(1).padStart(6)}x wc -l  ${(ms / node.ms).toFixed(2).padStart(6)}x checkMany`,
  );
console.log(
  `iin-check on ${LINES.toLocaleString('en')} name,iin lines (best of ${ROUNDS}; ${valid.toLocaleString('en')} valid):`,
);
row('wc -l', wc);
row('iin-check --format=summary', summary);
row('iin-check (CSV export to /dev/null)', csv);
row('checkMany() in Node (file read + check)', node);
