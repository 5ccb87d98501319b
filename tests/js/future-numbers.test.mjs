// Numbers from the future: a BIN registered after today, or an IIN born after today, is valid by
// its check digit and carries a warning; strict mode refuses it. Every call names its day, except
// the test of the default, which pins the clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker({ checklist: false });
const codes = (issues) => issues.map((issue) => issue.code);

test('a BIN registered in January 2049 warns on 7 December 2026, and strict mode refuses it', () => {
  const r = checker.check('4901 4000 0121', { today: '2026-12-07' });
  assert.equal(r.valid, true);
  assert.equal(r.bin.registered, '2049-01');
  assert.deepEqual(codes(r.warnings), ['registered_in_future']);
  assert.match(r.warnings[0].message, /2049-01, after this month \(2026-12\)/);
  const strict = checker.check('490140000121', { today: '2026-12-07', strict: true });
  assert.equal(strict.valid, false);
  assert.deepEqual(codes(strict.errors), ['registered_in_future']);
  assert.deepEqual(codes(checker.check('490140000121', { today: '2049-01-01' }).warnings), []);
  const batch = checker.checkMany('490140000121\n261240000011', { today: '2026-12-07', strict: true });
  assert.deepEqual([batch.outcome(0), batch.outcome(1)], ['registered_in_future', 'valid']);
  assert.deepEqual(codes(batch.result(0).errors), ['registered_in_future'], "a line is judged on the batch's day");
});

test('an IIN born after today warns; born today does not', () => {
  assert.deepEqual(codes(checker.check('261207500013', { today: '2026-12-07' }).warnings), []);
  const r = checker.check('261208500019', { today: '2026-12-07' });
  assert.equal(r.valid, true);
  assert.equal(r.iin.birthDate, '2026-12-08');
  assert.deepEqual(codes(r.warnings), ['born_in_future']);
  assert.deepEqual(codes(checker.check('261208500019', { today: '2026-12-07', strict: true }).errors), [
    'born_in_future',
  ]);
});

test('today defaults to the device date', async () => {
  const RealDate = globalThis.Date;
  const pinned = (iso) =>
    class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [`${iso}T12:00:00`]));
      }
    };
  try {
    globalThis.Date = pinned('2048-12-31');
    assert.deepEqual(codes(checker.check('490140000121').warnings), ['registered_in_future']);
    globalThis.Date = pinned('2049-01-15');
    assert.deepEqual(codes(checker.check('490140000121').warnings), []);
  } finally {
    globalThis.Date = RealDate;
  }
});

test('a today that is not a date is refused with its code and path', () => {
  for (const today of ['2026-02-30', '07.12.2026', '']) {
    assert.throws(() => checker.check('490140000121', { today }), {
      name: 'RangeError',
      code: 'invalid_date',
      path: 'options.today',
    });
  }
  assert.throws(() => checker.check('1', { today: 20261207 }), { name: 'TypeError', path: 'options.today' });
  assert.throws(() => checker.checkMany('1', { today: '2026-13-01' }), { code: 'invalid_date' });
  assert.equal(checker.check('490140000121', { today: '2049-02-01' }).valid, true, 'the checker goes on');
});
