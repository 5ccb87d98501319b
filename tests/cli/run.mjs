// Runs the iin-check the build made (IIN_CHECK, set by tests/CMakeLists.txt) and answers what it
// wrote, its exit status, and how much memory it held at most.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const iinCheck = process.env.IIN_CHECK ?? path.join(root, 'build/native/wasm/cli/iin-check');
export const fixture = (name) => path.join(root, 'tests/fixtures', name);

/** Runs iin-check to the end: { status, stdout (a Buffer), stderr (a string) }. */
export function run(args, { input, stdio } = {}) {
  const result = spawnSync(iinCheck, args, { input, stdio, maxBuffer: 1 << 30 });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr?.toString() };
}

/**
 * Runs iin-check and samples its peak resident memory (VmHWM in /proc) until it ends:
 * { status, stdout, stderr, peakKiB }.
 */
export function runMeasured(args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(iinCheck, args, options);
    const out = [];
    let err = '';
    let peakKiB = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      } catch {
        // it has ended
      }
    };
    const timer = setInterval(sample, 20);
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr?.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('exit', () => sample());
    child.on('close', (status, signal) => {
      clearInterval(timer);
      resolve({ status, signal, stdout: Buffer.concat(out), stderr: err, peakKiB });
    });
  });
}
