// The extension in a real server (scripts/postgres): SELECT count(*) over 10,000,000 rows
// WHERE iin_valid(iin), against WHERE length(iin) = 12 on the same table, in one run (goal: at
// most 1.5x). Best of 3 each, from EXPLAIN ANALYZE's execution time. The server is stopped at
// the end. Figures only: nothing here passes or fails on time.
//   node tests/bench/postgres.mjs [rows]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = Number(process.argv[2] ?? 10_000_000);
const ROUNDS = 3;

function psql(sql) {
  const result = spawnSync(path.join(root, 'scripts/postgres'), ['-At', '-c', sql], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
  });
  if (result.status !== 0) throw new Error(`scripts/postgres: ${result.stderr}`);
  return result.stdout.trim();
}

try {
  const started = performance.now();
  // Twelve digits a row from a hash of its number: about one in eleven has a right check digit.
  psql('DROP TABLE IF EXISTS bench_people');
  psql(`CREATE UNLOGGED TABLE bench_people AS
          SELECT lpad(((hashint8extended(i, 0) & 9223372036854775807) % 1000000000000)::text, 12, '0') AS iin
          FROM generate_series(1, ${ROWS}) AS i`);
  psql('VACUUM ANALYZE bench_people');
  const filled = performance.now();
  const time = (where) => {
    let fastest = Infinity;
    let count;
    for (let round = 0; round < ROUNDS; round += 1) {
      const plan = JSON.parse(
        psql(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM bench_people WHERE ${where}`),
      )[0];
      fastest = Math.min(fastest, plan['Execution Time']);
      count = psql(`SELECT count(*) FROM bench_people WHERE ${where}`);
    }
    return { ms: fastest, count };
  };
  const length = time('length(iin) = 12');
  const valid = time('iin_valid(iin)');
  const workers = psql('SHOW max_parallel_workers_per_gather');
  console.log(
    `PostgreSQL ${psql('SHOW server_version')}, ${ROWS.toLocaleString('en')} rows (filled in ${((filled - started) / 1000).toFixed(1)} s), up to ${workers} parallel workers, best of ${ROUNDS}:`,
  );
  console.log(
    `  WHERE length(iin) = 12  ${length.ms.toFixed(0).padStart(7)} ms  (${Number(length.count).toLocaleString('en')} rows)`,
  );
  console.log(
    `  WHERE iin_valid(iin)    ${valid.ms.toFixed(0).padStart(7)} ms  (${Number(valid.count).toLocaleString('en')} rows)  ${(valid.ms / length.ms).toFixed(2)}x (goal: at most 1.5x)`,
  );
  psql('DROP TABLE bench_people');
} finally {
  spawnSync(path.join(root, 'scripts/postgres'), ['--stop'], { stdio: 'inherit' });
}
