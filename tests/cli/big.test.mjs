// iin-check on an input no page could hold: a generated 1 GB file, with its peak memory printed
// and bounded. Run by scripts/test on the release preset's build (IIN_CHECK), whose memory is the
// command's own: the sanitizers of the native build add shadow memory and hold freed memory back,
// and make a gigabyte take minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, writeSync, closeSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMeasured } from './run.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'iin-check-big-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const MiB = 1024 * 1024;
// One MiB of `name,iin` lines: valid IINs and BINs, a wrong check digit, blanks, quoted names.
function block() {
  const lines = [];
  const numbers = ['901123300258', '061211600012', '940140000385', '870413300129', '', '901 123 300 258'];
  let size = 0;
  for (let i = 0; size < MiB - 64; i += 1) {
    const line = `${i % 7 === 0 ? '"Bekova, Aigerim"' : `Person ${i}`},${numbers[i % numbers.length]}\n`;
    lines.push(line);
    size += line.length;
  }
  const text = Buffer.from(lines.join(''));
  return {
    text,
    lines: lines.length,
    invalid: lines.filter((l) => l.includes('870413300129')).length,
    blank: lines.filter((l) => l.endsWith(',\n')).length,
  };
}

/** Writes `mib` MiB of lines (with a header) to `where`; answers how many lines of each. */
function generate(where, mib) {
  const { text, lines, invalid, blank } = block();
  const fd = openSync(where, 'w');
  writeSync(fd, 'name,iin\n');
  for (let i = 0; i < mib; i += 1) writeSync(fd, text);
  closeSync(fd);
  return { lines: lines * mib, invalid: invalid * mib, blank: blank * mib };
}

const measured = process.env;

test('a 1 GB file is checked with bounded memory', { timeout: 900_000 }, async () => {
  const where = path.join(scratch, 'staff-1gb.csv');
  const started = Date.now();
  const expected = generate(where, 1024);
  const generated = Date.now();
  const summary = await runMeasured(['--format=summary', where], { stdio: ['ignore', 'pipe', 'pipe'], env: measured });
  const gib = statSync(where).size / 1024 ** 3;
  console.log(
    `iin-check --format=summary on ${gib.toFixed(2)} GiB (${expected.lines.toLocaleString('en')} lines), ` +
      `${((Date.now() - generated) / 1000).toFixed(1)} s, peak RSS ${(summary.peakKiB / 1024).toFixed(1)} MiB ` +
      `(generating the file: ${((generated - started) / 1000).toFixed(1)} s)`,
  );
  assert.equal(summary.status, 1, summary.stderr);
  assert.equal(summary.stderr, '', 'no progress line: standard error is not a terminal');
  const total = expected.lines - expected.blank;
  assert.match(
    summary.stdout.toString(),
    new RegExp(`: ${total} numbers checked: ${total - expected.invalid} valid, ${expected.invalid} not valid\\.`),
  );
  // A few parts of 1 MiB: nothing that grows with the file.
  assert.ok(summary.peakKiB > 0 && summary.peakKiB < 32 * 1024, `${summary.peakKiB} KiB`);
});

test('the CSV export holds no more memory for a file 8 times larger', { timeout: 600_000 }, async () => {
  const peaks = [];
  for (const mib of [4, 32]) {
    const where = path.join(scratch, `staff-${mib}.csv`);
    generate(where, mib);
    const devNull = openSync('/dev/null', 'w');
    const csv = await runMeasured([where], { stdio: ['ignore', devNull, 'pipe'], env: measured });
    closeSync(devNull);
    assert.equal(csv.status, 1, csv.stderr);
    peaks.push(csv.peakKiB);
  }
  console.log(
    `iin-check (CSV export), peak RSS ${peaks.map((kib) => `${(kib / 1024).toFixed(1)} MiB`).join(' for 4 MiB, ')} for 32 MiB`,
  );
  assert.ok(peaks[1] < peaks[0] + 8 * 1024, `${peaks[0]} KiB, then ${peaks[1]} KiB`);
});
