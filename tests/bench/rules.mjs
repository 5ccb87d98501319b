// Prints how long the checklist engine takes to load rules and answer, against JSON.parse of the
// same text measured in the same run: the shipped rules (trusted by their hash, then validated as
// a host's copy would be), and a hostile megabyte of sources and references, the shape that once
// took seconds. Figures only: nothing here passes or fails on time.
//   node tests/bench/rules.mjs        (IIN_SITE_DIR defaults to build/site)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteDir, siteModule } from '../js/site.mjs';

const { startChecklistModule } = await import(siteModule('lib/modules.js'));
const call = await startChecklistModule();
const ROUNDS = 7;

// The best of ROUNDS runs of `run`, in milliseconds.
function best(run) {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function load(text) {
  const answer = JSON.parse(call('iin_load_rules', text));
  if (answer.error) throw new Error(`${answer.error.path}: ${answer.error.message}`);
  return answer;
}

// Many sources, each cited by many rules, up to the 1 MB limit.
function hostile(shipped) {
  const rules = JSON.parse(shipped);
  const { kind, published, read } = rules.sources[0];
  const words = { en: 'A copy', ru: 'Копия', kk: 'Көшірме' };
  const extra = Array.from({ length: 900 }, (_, i) => ({
    id: `copy_${i}`,
    kind,
    title: words,
    publisher: words,
    published,
    read,
  }));
  rules.sources.push(...extra);
  const lists = [];
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const key of ['sources', 'validitySources']) {
        if (Array.isArray(value[key]) && typeof value[key][0] === 'string') lists.push(value[key]);
      }
      Object.values(value).forEach(collect);
    }
  };
  collect([rules.channels, rules.history, rules.calendar]);
  let bytes = Buffer.byteLength(JSON.stringify(rules));
  for (const list of lists) {
    if (bytes > 1_000_000) break;
    const before = list.length;
    list.push(...extra.slice(0, 999 - list.length).map((s) => s.id));
    bytes += (list.length - before) * 11;
  }
  return JSON.stringify(rules);
}

const shipped = readFileSync(path.join(siteDir, 'ruleset.json'), 'utf8');
const copy = `${shipped} `; // one byte more: the same rules, but not the file the module was built with
const big = hostile(shipped);
for (let i = 0; i < 3; i += 1) load(big); // warm up: the module's memory grows once, the engines compile
const rows = [];
for (const [what, text] of [
  ['the shipped rules (built in: trusted by hash)', shipped],
  ["the same rules as a host's file (validated)", copy],
  ['a hostile file: 900 more sources, each rule citing up to 999', big],
]) {
  const baseline = best(() => JSON.parse(text));
  const loaded = best(() => load(text));
  const builtIn = load(text).builtIn;
  const answers = { channel: 'consulate', category: 'spouse', today: '2026-11-25' };
  const situation = (request) => best(() => call('iin_situation', JSON.stringify(request)));
  const choices = situation({ today: answers.today });
  const checklist = situation(answers);
  const ticked = situation({ ...answers, have: ['application', 'passport'] });
  rows.push({
    what,
    kb: Math.round(Buffer.byteLength(text) / 1024),
    builtIn,
    baseline,
    loaded,
    choices,
    checklist,
    ticked,
  });
}

const ms = (value) => value.toFixed(1).padStart(8);
console.log(
  `Rules in the checklist engine, then one situation() call on them (best of ${ROUNDS}; JSON.parse of the same text in this Node run is the baseline):`,
);
console.log(
  '| rules | KB | trusted | JSON.parse | load | load / JSON.parse | nothing chosen | a case | a case, two ticked |',
);
console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.what} | ${r.kb} | ${r.builtIn ? 'yes' : 'no'} | ${ms(r.baseline)} ms | ${ms(r.loaded)} ms | ${(r.loaded / r.baseline).toFixed(1)}x | ` +
      `${ms(r.choices)} ms | ${ms(r.checklist)} ms | ${ms(r.ticked)} ms |`,
  );
}
