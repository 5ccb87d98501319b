// iin-check while its input changes under it, and its progress line, which shows only on a
// terminal (given here by script(1)).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeSync, closeSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { iinCheck } from './run.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'iin-check-changing-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Writes `mib` MiB of `name,iin` lines (with a header) to `where`. */
function generate(where, mib) {
  const lines = [];
  for (let i = 0, size = 0; size < 1024 * 1024 - 64; i += 1) {
    const line = `Person ${i},${i % 2 ? '901123300258' : '870413300129'}\n`;
    lines.push(line);
    size += line.length;
  }
  const block = Buffer.from(lines.join(''));
  const fd = openSync(where, 'w');
  writeSync(fd, 'name,iin\n');
  for (let i = 0; i < mib; i += 1) writeSync(fd, block);
  closeSync(fd);
}

// Starts iin-check on a 64 MiB file with its output held back (so it reads only the first
// blocks), does `change` to the file, then lets it go on.
async function changedWhileRead(change) {
  const where = path.join(scratch, 'changing.csv');
  generate(where, 64);
  const child = spawn(iinCheck, [where], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  child.stdout.pause();
  await new Promise((resolve) => setTimeout(resolve, 200)); // it fills the pipe and waits
  change(where);
  child.stdout.resume();
  child.stdout.on('data', () => {});
  const [status, signal] = await new Promise((resolve) => child.on('close', (...end) => resolve(end)));
  return { status, signal, stderr };
}

test('a file cut short while it is read: a message and status 2', async () => {
  const result = await changedWhileRead((where) => truncateSync(where, 1000));
  assert.equal(result.signal, null);
  assert.equal(result.status, 2, result.stderr);
  assert.match(
    result.stderr,
    /^iin-check: [^\n]*changing\.csv: it was changed or removed while it was read \(\d+ of its 67\d+ bytes read\)[^\n]*\n$/,
  );
  stoppedEarly(result.stderr);
});

// Said at the next part read, not after reading the rest of the file.
function stoppedEarly(stderr) {
  const [, read, size] = stderr.match(/\((\d+) of its (\d+) bytes read\)/);
  assert.ok(Number(read) < Number(size) / 2, `stopped after ${read} of ${size} bytes`);
}

test('a file removed while it is read: a message and status 2', async () => {
  const result = await changedWhileRead((where) => unlinkSync(where));
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /^iin-check: [^\n]*changing\.csv: it was changed or removed while it was read/);
  stoppedEarly(result.stderr);
});

test('on a terminal, a run longer than a second shows a progress line, erased at the end', () => {
  // Standard input that stops for 1.5 s after its first line: the run takes over a second.
  const shell = `(echo 901123300258; sleep 1.5; echo 940140000385) | '${iinCheck}' --format=summary`;
  const typescript = spawnSync('script', ['-qec', shell, '/dev/null'], { encoding: 'utf8' });
  assert.equal(typescript.status, 0, typescript.stderr);
  const erase = '\u001b[K'; // ANSI: erase to the end of the line
  const progress = typescript.stdout.split(erase)[0];
  assert.match(progress, /^\riin-check: standard input: 1 record, \d+ s$/, 'the line, then erase to its end');
  assert.ok(typescript.stdout.includes(`\r${erase}standard input: 2 numbers checked: 2 valid, 0 not valid.`));
});
