// The fastest of `rounds` runs of `run`, in milliseconds, and what the last run answered.
import { performance } from 'node:perf_hooks';

export function fastest(rounds, run) {
  let ms = Infinity;
  let answer;
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    answer = run();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, answer };
}
