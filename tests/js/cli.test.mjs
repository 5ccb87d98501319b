// iin-check (wasm/cli, the native preset's build) against the JavaScript API of the built site,
// on every fixture the page's Check many is tested with: the same outcome for every line, the
// same CSV export cell for cell (web/element/many-export.js, run here as the page runs it), the
// same check() result for every number, and an exit status that says whether any is invalid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { siteModule } from './site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const iinCheck = process.env.IIN_CHECK ?? path.join(root, 'build/native/wasm/cli/iin-check');
if (!existsSync(iinCheck))
  throw new Error(`No ${iinCheck}: build the native preset first (cmake --workflow --preset native).`);

const { createChecker } = await import(siteModule('iin-checker.js'));
const { csvExport } = await import(siteModule('element/many-export.js'));
const { Records } = await import(siteModule('lib/lines.js'));
const { sniff, decode } = await import(siteModule('lib/encoding.js'));
const checker = await createChecker({ checklist: false });
// The day both sides judge against (born_in_future, registered_in_future): pinned, as every test's.
const TODAY = '2026-12-07';

const fixturesDir = path.join(root, 'tests/fixtures');
const fixtures = readdirSync(fixturesDir, { recursive: true })
  .filter((name) => /\.(csv|tsv|txt)$/i.test(name))
  .sort();

function translator(language) {
  const words = JSON.parse(readFileSync(path.join(root, `web/i18n/${language}.json`), 'utf8'));
  return (key, values = {}) => words[key].replace(/\{(\w+)\}/g, (whole, name) => String(values[name] ?? whole));
}

// The page's filters (web/element/many-view.js).
const isMismatch = (name) => name === 'birth_date_mismatch' || name === 'sex_mismatch';
const isValid = (name) => name === 'valid' || name === 'not_comparable';
const FILTERS = {
  all: () => true,
  valid: isValid,
  invalid: (name) => !isValid(name) && !isMismatch(name) && name !== 'blank',
  mismatch: isMismatch,
  blank: (name) => name === 'blank',
};

// The page's export of `text`, as many-view.js hands it to many-export.js.
async function pageExport(text, options, language, only) {
  const batch = checker.checkMany(text, { ...options, today: TODAY });
  const rows = Array.from(batch.codes, (_, i) => i).filter((i) => FILTERS[only](batch.outcome(i)));
  const shown = {
    records: new Records(text, batch.codes.length, { headerLines: batch.headerLines, irregular: batch.multiLine }),
    outcome: (i) => batch.outcome(i),
    row: (i) => batch.row(i),
    layout: batch.layout,
    header: batch.header,
    rows,
    options,
  };
  const blob = await csvExport(shown, translator(language), async () => {});
  return { batch, csv: Buffer.from(await blob.arrayBuffer()).toString('utf8') };
}

function cli(args, file) {
  const result = spawnSync(iinCheck, [`--today=${TODAY}`, ...args, file], { maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString() };
}

const argsFor = (options) => [
  ...(options.expect ? [`--expect=${options.expect}`] : []),
  ...(options.strict ? ['--strict'] : []),
  ...(options.birthDateColumn === null ? ['--birth-date-column=none'] : []),
  ...(options.sexColumn === null ? ['--sex-column=none'] : []),
];
const OPTION_SETS = [
  {},
  { expect: 'iin' },
  { expect: 'bin' },
  { strict: true },
  { birthDateColumn: null, sexColumn: null },
];

// Whether the page read a record of `text` with its quotes as plain characters (a quote never
// closed): iin-check refuses such a file (status 2) rather than guess.
function hasPlainRecord(text) {
  const batch = checker.checkMany(text, { today: TODAY });
  const records = new Records(text, batch.codes.length, { headerLines: batch.headerLines, irregular: batch.multiLine });
  return batch.codes.some((_, i) => records.plain(i));
}

test('the fixtures are the ones Check many is tested with', () => {
  assert.ok(fixtures.length >= 4, fixtures.join(', '));
});

for (const name of fixtures) {
  const file = path.join(fixturesDir, name);
  // Read as the page reads a chosen file: its encoding found from its bytes.
  const bytes = readFileSync(file);
  const text = decode(bytes, sniff(bytes).encoding);

  if (hasPlainRecord(text)) {
    test(`${name}: a quote never closed is refused with status 2`, () => {
      const out = cli([], file);
      assert.equal(out.status, 2);
      assert.match(out.stderr, /^iin-check: .*: line \d+: a quote opened in this record is never closed\n$/);
    });
    continue;
  }

  test(`${name}: the CSV export, cell for cell, in three languages, with each of the page's filters`, async () => {
    // Every option set in English with every line; every language and filter with the defaults.
    const runs = [
      ...OPTION_SETS.map((options) => [options, 'en', 'all']),
      ...['en', 'ru', 'kk'].flatMap((language) => Object.keys(FILTERS).map((only) => [{}, language, only])),
    ];
    for (const [options, language, only] of runs) {
      const { batch, csv } = await pageExport(text, options, language, only);
      const args = [...argsFor(options), `--lang=${language}`, ...(only === 'all' ? [] : [`--only=${only}`])];
      const out = cli(args, file);
      const label = `${args.join(' ')} ${name}`;
      assert.equal(out.status, batch.invalid > 0 ? 1 : 0, `${label}: ${out.stderr}`);
      assert.equal(out.stderr, '', label);
      const delimiter = batch.layout.separator || ',';
      const expected = parse(csv, { bom: true, delimiter, relax_column_count: true });
      assert.deepEqual(parse(out.stdout, { bom: true, delimiter, relax_column_count: true }), expected, label);
      assert.equal(out.stdout, csv, `${label}: byte for byte`);
    }
  });

  test(`${name}: every line's result is check()'s, and its outcome checkMany()'s`, () => {
    for (const options of OPTION_SETS) {
      const batch = checker.checkMany(text, { ...options, today: TODAY });
      const out = cli([...argsFor(options), '--format=jsonl'], file);
      const lines = out.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      const records = new Records(text, batch.codes.length, {
        headerLines: batch.headerLines,
        irregular: batch.multiLine,
      });
      assert.equal(lines.length, batch.codes.length);
      lines.forEach(({ file: from, line, outcome, ...result }, index) => {
        assert.equal(from, file);
        assert.equal(outcome, batch.outcome(index), `${name} line ${line}`);
        assert.equal(line, records.lineNumber(index), `${name}: the line the page shows`);
        const field = batch.fields(index)[batch.layout.column] ?? '';
        const { strict, expect } = options;
        assert.deepEqual(result, checker.check(field, { strict, expect, today: TODAY }), `${name} line ${line}`);
      });
    }
  });
}
