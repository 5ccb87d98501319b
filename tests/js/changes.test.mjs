// "What changed since your link" through the public API: checker.changesSince(version, answers)
// on the shipped rules (their change log records the 2026-11-25 and 2026-11-26 editions) and on a host's rules
// with a longer log. Every call names `today`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();
const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = JSON.parse(readFileSync(path.join(here, '../../wasm/rules/ruleset.json'), 'utf8'));
const fixture = JSON.parse(readFileSync(path.join(here, '../fixtures/ruleset.json'), 'utf8'));

const TODAY = '2026-11-26';
const PREVIOUS = '2026-11-25';
const ids = (list) => list.map((entry) => entry.id);
const CYRILLIC = /[а-яёәғқңөұүһі]/i;

test('a link of the current edition: nothing changed', () => {
  const changes = checker.changesSince(shipped.version, { channel: 'psc', today: TODAY });
  assert.equal(changes.changed, false);
  assert.deepEqual(changes.since, { version: shipped.version, asOf: shipped.asOf });
  assert.deepEqual([changes.added, changes.removed, changes.notes, changes.sources], [[], [], [], []]);
  assert.deepEqual([changes.status, changes.whoMaySubmit, changes.term], [null, null, null]);
});

test('since 2026-11-25 at a PSC, for someone sending a representative: the power of attorney is gone, in person only, a term', () => {
  const changes = checker.changesSince(PREVIOUS, { channel: 'psc', representative: true, today: TODAY });
  assert.equal(changes.changed, true);
  assert.deepEqual(changes.since, { version: PREVIOUS, asOf: PREVIOUS });
  assert.deepEqual(changes.added, []);
  assert.deepEqual(changes.removed, [{ id: 'power_of_attorney', title: 'Power of attorney' }]);
  assert.equal(changes.status, null);
  assert.deepEqual(
    [changes.whoMaySubmit.from.code, changes.whoMaySubmit.to.code],
    ['in_person_or_representative', 'in_person'],
  );
  assert.deepEqual([changes.term.from.workingDays, changes.term.to.workingDays], [null, 1]);
  assert.equal(changes.notes.length, 2);
  assert.match(changes.notes[0].text, /translation/);
  assert.match(changes.notes[1].text, /Saturday mornings/, 'and since 2026-11-26, duty PSCs on Saturdays');
  assert.ok(changes.sources.some((s) => s.id === 'psc_rules_order_258'));
  // Without a representative the power of attorney was never on the list.
  assert.deepEqual(checker.changesSince(PREVIOUS, { channel: 'psc', today: TODAY }).removed, []);
});

test('since 2026-11-25 at a consulate: the pilot is unconfirmed now, and was in force on a 2025 day', () => {
  const now = checker.changesSince(PREVIOUS, { channel: 'consulate', category: 'spouse', today: TODAY, lang: 'ru' });
  assert.equal(now.status.from.code, 'in_force');
  assert.equal(now.status.to.code, 'unconfirmed');
  assert.match(now.status.to.text, CYRILLIC);
  const in2025 = checker.changesSince(PREVIOUS, {
    channel: 'consulate',
    category: 'spouse',
    today: '2025-06-02',
    documentsIssuedIn: 'kazakhstan',
    passportScript: 'latin',
  });
  assert.equal(in2025.status, null);
  assert.deepEqual([in2025.added, in2025.removed], [[], []], 'papers from Kazakhstan need no legalisation');
  // What changed since of every consulate case: days off now close the mission; counted in missions,
  // and papers in other languages; a Latin-script passport needs no translation.
  assert.deepEqual(
    in2025.notes.map((note) => note.text.slice(0, 30)),
    ['The embassy or consulate is no', 'The 2025 pilot ran at about 10', 'Papers not in Kazakh or Russia'],
  );
});

test('since 2026-11-26: the passport translation at a consulate and the Ministry, investor copies', () => {
  const since = '2026-11-26';
  for (const [channel, category] of [
    ['consulate', 'spouse'],
    ['ministry', 'diplomatic_staff'],
  ]) {
    const other = checker.changesSince(since, { channel, category, passportScript: 'other', today: TODAY });
    assert.ok(
      other.notes.some((note) => /notarised translation too/.test(note.text)),
      `${channel}: ${JSON.stringify(other.notes)}`,
    );
    const unanswered = checker.changesSince(since, { channel, category, today: TODAY });
    assert.ok(
      unanswered.notes.some((note) => /notarised translation too/.test(note.text)),
      'an open question',
    );
    const latin = checker.changesSince(since, { channel, category, passportScript: 'latin', today: TODAY });
    assert.ok(!latin.notes.some((note) => /notarised translation too/.test(note.text)), channel);
    assert.ok(other.sources.some((s) => s.id === 'kazinform_2024_consulates'));
  }
  const investor = checker.changesSince(since, { channel: 'consulate', category: 'investor', today: TODAY });
  assert.ok(investor.notes.some((note) => /copy with the original/.test(note.text)));
  const spouse = checker.changesSince(since, { channel: 'consulate', category: 'spouse', today: TODAY });
  assert.ok(
    !spouse.notes.some((note) => /copy with the original/.test(note.text)),
    "a category's change stays with it",
  );
  // At a PSC, only the note on duty PSCs open on Saturday mornings.
  const psc = checker.changesSince(since, { channel: 'psc', today: TODAY });
  assert.deepEqual([psc.added, psc.removed, psc.status, psc.whoMaySubmit, psc.term], [[], [], null, null, null]);
  assert.deepEqual(
    psc.notes.map((note) => note.text),
    ['Some PSCs on duty also open on Saturday mornings: the note on where to apply says so.'],
  );
  assert.ok(psc.sources.some((s) => s.id === 'otyrar_2026_psc_hours'));
});

test('the texts are in the language asked for', () => {
  for (const lang of ['ru', 'kk']) {
    const changes = checker.changesSince(PREVIOUS, { channel: 'psc', representative: true, today: TODAY, lang });
    for (const text of [
      changes.removed[0].title,
      changes.whoMaySubmit.from.text,
      changes.term.from.text,
      changes.notes[0].text,
    ]) {
      assert.match(text, CYRILLIC, `${lang}: ${text}`);
    }
  }
});

test("documents added and removed over several editions (a host's rules)", async () => {
  const host = await createChecker({ rules: fixture });
  const older = host.changesSince('2025-12', { channel: 'psc', today: TODAY });
  assert.deepEqual(ids(older.added), ['passport']);
  assert.deepEqual(ids(older.removed), ['residence_card']);
  const newer = host.changesSince('2026-06', { channel: 'psc', today: TODAY, lang: 'kk' });
  assert.deepEqual(newer.removed, [{ id: 'birth_certificate', title: 'Туу туралы куәлік' }]);
});

test('an edition the rules do not know, or no edition, is a clear error', () => {
  for (const [version, code, type] of [
    ['2020-01-01', 'unknown_id', RangeError],
    ['2026 11', 'invalid_value', RangeError],
    [20261125, 'wrong_type', TypeError],
  ]) {
    assert.throws(
      () => checker.changesSince(version, { channel: 'psc', today: TODAY }),
      (error) => {
        assert.ok(error instanceof type, `${version}: ${error}`);
        assert.equal(error.code, code);
        assert.equal(error.path, 'version');
        return true;
      },
    );
  }
  assert.throws(
    () => checker.changesSince('2020-01-01', { channel: 'psc', today: TODAY }),
    /these rules know the editions '2026-11-25', '2026-11-26', and its own, '2026-12-07', not '2020-01-01'/,
  );
  assert.throws(() => checker.changesSince(PREVIOUS, { channel: 'bus', today: TODAY }), {
    code: 'unknown_id',
    path: 'answers.channel',
  });
  assert.throws(() => checker.changesSince(PREVIOUS, null), { code: 'wrong_type', path: 'answers' });
});
