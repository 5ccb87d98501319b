// Every rule of the shipped ruleset that carries a date, asked about on the day before, the day of
// and the day after each of its boundaries: routes change status, and items, documents, terms,
// grounds and notes appear or disappear, exactly there. Found by walking the file, so a new dated
// rule is tested as soon as it is added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteModule } from './site.mjs';

const { createChecker } = await import(siteModule('iin-checker.js'));
const checker = await createChecker();
const rules = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules/ruleset.json'), 'utf8'),
);

const shift = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
// The three days around each of a rule's boundaries, and whether it is in force on each.
function around(rule) {
  const days = [];
  for (const edge of [rule.validFrom, rule.validTo].filter(Boolean)) days.push(shift(edge, -1), edge, shift(edge, 1));
  return days.map((day) => [day, (!rule.validFrom || day >= rule.validFrom) && (!rule.validTo || day <= rule.validTo)]);
}
const ask = (day, answers) => ({ ...answers, today: day, applyOn: day });
// The answers that reach a category (or the channel alone): its age rule met, when it has one.
function answersFor(channel, category) {
  const answers = { channel: channel.id };
  if (category) answers.category = category.id;
  else if (channel.categories?.length) answers.category = channel.categories[0].id;
  return answers;
}

let tested = 0;

const SEVERITY = ['in_force', 'unconfirmed', 'not_yet', 'ended'];
// What a rule's own status must be on `day`, by its dates alone.
function expectedStatus(rule, day) {
  if (rule.validFrom && day < rule.validFrom) return 'not_yet';
  if (rule.validTo && day > rule.validTo) return rule.endConfirmed ? 'ended' : 'unconfirmed';
  return 'in_force';
}

test('channels and categories: not yet, then in force, then ended or unconfirmed; a category shows the worse', () => {
  for (const channel of rules.channels) {
    for (const category of [null, ...(channel.categories ?? [])]) {
      const dated = [channel, category].filter((rule) => rule && (rule.validFrom || rule.validTo));
      for (const rule of dated) {
        for (const [day] of around(rule)) {
          const list = checker.checklist(ask(day, answersFor(channel, category)));
          const own = expectedStatus(rule, day);
          const status = (rule === category ? list.category : list.channel).status;
          assert.equal(status.code, own, `${rule.id} on ${day}`);
          if (own === 'not_yet') assert.equal(status.since, rule.validFrom);
          if (own === 'ended' || own === 'unconfirmed') assert.equal(status.since, shift(rule.validTo, 1));
          const worse = [channel, category]
            .filter(Boolean)
            .map((r) => expectedStatus(r, day))
            .sort((a, b) => SEVERITY.indexOf(b) - SEVERITY.indexOf(a))[0];
          assert.equal(list.status.code, worse, `${channel.id}/${category?.id} on ${day}`);
          tested += 1;
        }
      }
    }
  }
});

// Every dated entry of a list inside the rules, with how to find it in an answer.
function* datedEntries() {
  for (const channel of rules.channels) {
    const categories = channel.categories?.length ? channel.categories : [null];
    for (const category of categories) {
      const answers = answersFor(channel, category);
      for (const term of channel.terms)
        yield { rule: term, answers, present: (list) => list.term.text === term.text.en };
      for (const list of ['refuseToAccept', 'refuseToForm']) {
        const key = list === 'refuseToAccept' ? 'accept' : 'form';
        for (const ground of channel[list]) {
          yield {
            rule: ground,
            answers,
            present: (l) => l.refusalGrounds[key].some((g) => g.title === ground.title.en),
          };
        }
      }
      for (const note of [...(channel.notes ?? []), ...(category?.notes ?? [])]) {
        yield { rule: note, answers, present: (l) => l.notes.some((n) => n.id === note.id) };
      }
      const walk = function* (items) {
        for (const item of items) {
          const id = item.document ?? item.id;
          yield { rule: item, answers, present: (l) => JSON.stringify(l.items).includes(`"id":"${id}"`) };
          const document = item.document && rules.documents.find((d) => d.id === item.document);
          if (document)
            yield { rule: document, answers, present: (l) => JSON.stringify(l.items).includes(`"id":"${id}"`) };
          yield* walk([...(item.oneOf ?? []), ...(item.allOf ?? [])]);
        }
      };
      yield* walk([...channel.items, ...(category?.items ?? [])]);
    }
  }
}

test('items, documents, terms, refusal grounds and notes count only on their days', () => {
  for (const { rule, answers, present } of datedEntries()) {
    if (!rule.validFrom && !rule.validTo) continue;
    for (const [day, on] of around(rule)) {
      const representative = rule.when?.representative?.includes(true) ?? false; // an item for a representative
      const list = checker.checklist(ask(day, { ...answers, representative }));
      assert.equal(present(list), on, `${JSON.stringify(rule).slice(0, 80)} on ${day}`);
      tested += 1;
    }
  }
});

test('history keeps its dates, written out in each language', () => {
  for (const entry of rules.history) {
    for (const lang of ['en', 'ru', 'kk']) {
      const line = checker
        .categories({ lang, today: '2026-11-25' })
        .history.find((h) => h.id === entry.id && h.kind === 'rule');
      assert.equal(line.from, entry.validFrom, entry.id);
      assert.equal(line.to, entry.validTo, entry.id);
      for (const date of [entry.validFrom, entry.validTo].filter(Boolean)) {
        assert.match(line.period, new RegExp(`${date.slice(0, 4)}`), `${lang} ${entry.id}: ${line.period}`);
      }
      tested += 1;
    }
  }
});

test('a route whose sources were not read for longer than reviewAfterDays becomes unconfirmed', () => {
  const psc = rules.channels.find((c) => c.id === 'psc');
  const read = [...psc.sources, ...(psc.validitySources ?? [])]
    .map((id) => rules.sources.find((s) => s.id === id).read)
    .sort()
    .at(-1);
  const limit = shift(read, rules.reviewAfterDays);
  const status = (day) => checker.checklist(ask(day, { channel: 'psc' })).status;
  assert.equal(status(shift(limit, -1)).code, 'in_force');
  assert.equal(status(limit).code, 'in_force');
  assert.equal(status(shift(limit, 1)).code, 'unconfirmed');
  assert.equal(status(shift(limit, 1)).since, shift(limit, 1));
});

test('the dated rules found are enough to mean something', () => {
  assert.ok(tested >= 90, `${tested} checks`);
});
