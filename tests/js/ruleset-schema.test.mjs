// The ruleset data in the source tree (wasm/rules/), checked before any engine is built: it must match
// its JSON Schema (draft 2020-12, written by the build from the engine's tables: build/site), and it
// must hold together in ways a schema cannot say — every source it cites exists, ids are unique and
// resolve, dates are real and in order, and every text is complete in English, Russian and Kazakh with
// no Latin-alphabet words left in the Russian and Kazakh ones. (format-mutations.test.mjs holds the
// schema against the engine.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { siteDir } from './site.mjs';

const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../wasm/rules');
const schema = JSON.parse(readFileSync(path.join(siteDir, 'ruleset.schema.json'), 'utf8'));
const rules = JSON.parse(readFileSync(path.join(rulesDir, 'ruleset.json'), 'utf8'));

// strictRequired is off only because a group's "oneOf"/"allOf" requirement names properties declared
// beside it, which that check cannot see; every other strict check is on.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const schemaErrors = (data) =>
  validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);

// Every value in the tree with its JSON Pointer.
function* walk(value, pointer = '') {
  yield { value, pointer };
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, `${pointer}/${key}`);
  }
}
const isText = (value) =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'en,kk,ru' &&
  Object.values(value).every((s) => typeof s === 'string');
const texts = [...walk(rules)].filter(({ value }) => isText(value));

const duplicates = (ids) => ids.filter((id, i) => ids.indexOf(id) !== i);
const realDate = (s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const isoWeekday = (s) => new Date(`${s}T00:00:00Z`).getUTCDay() || 7;
// A partial date (YYYY or YYYY-MM) compared with a full one: by the first day it may stand for.
const earliest = (s) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

const channels = rules.channels;
const categories = channels.flatMap((c) => c.categories);
const entriesOf = (list) => list.flatMap((e) => [e, ...entriesOf(e.oneOf ?? e.allOf ?? [])]);
const allEntries = [...channels.flatMap((c) => entriesOf(c.items)), ...categories.flatMap((c) => entriesOf(c.items))];
const items = allEntries.filter((e) => 'document' in e);
const groups = allEntries.filter((e) => !('document' in e));
const sourceIds = new Set(rules.sources.map((s) => s.id));

test('the shipped ruleset matches its JSON Schema', () => {
  assert.deepEqual(schemaErrors(rules), []);
});

// What one part of the file says of another (a source's kind among sourceKinds, their order) is the
// engine's to check (iin_validate_ruleset), not a schema's: format-mutations.test.mjs holds those.
test('the schema is strict: unknown keys, missing translations and malformed values are refused', () => {
  const mutations = {
    'an unknown top-level key': (r) => {
      r.extra = true;
    },
    'an unknown key on a channel': (r) => {
      r.channels[0].note = 'x';
    },
    'a text without Kazakh': (r) => {
      delete r.documents[0].title.kk;
    },
    'an empty Russian text': (r) => {
      r.documents[0].detail.ru = ' ';
    },
    'an http address': (r) => {
      r.sources.find((s) => s.url).url = 'http://example.org/';
    },
    'a published date with a one-digit month': (r) => {
      r.sources[0].published = '2025-4';
    },
    'an impossible calendar date': (r) => {
      r.calendar.years[0].daysOff[0].date = '2026-02-30';
    },
    'an unknown way of submitting': (r) => {
      r.channels[0].whoMaySubmit = 'by_post';
    },
    'an unknown calendar confidence': (r) => {
      r.calendar.years[0].confidence = 'likely';
    },
    'validTo without the sources that give it': (r) => {
      delete r.channels.find((c) => c.validTo).validitySources;
    },
    'endConfirmed without validTo': (r) => {
      r.channels.find((c) => !c.validTo).endConfirmed = true;
    },
    'an id with a capital letter': (r) => {
      r.documents[0].id = 'Passport';
    },
    'a group with neither oneOf nor allOf': (r) => {
      delete r.channels.flatMap((c) => c.categories).find((c) => c.items[0]?.oneOf).items[0].oneOf;
    },
    'eleven month names': (r) => {
      r.dateFormat.months.ru.pop();
    },
    'a change that says nothing changed': (r) => {
      r.changeLog[0].changes[0] = { channel: 'psc', sources: ['psc_rules_order_258'] };
    },
    'an unknown key in a change': (r) => {
      r.changeLog[0].changes[0].why = 'x';
    },
    'an earlier edition without its asOf': (r) => {
      delete r.changeLog[0].asOf;
    },
    'a removed document without its title': (r) => {
      delete r.changeLog[0].changes.find((c) => c.removed).removed[0].title;
    },
  };
  const accepted = Object.entries(mutations)
    .filter(([, mutate]) => {
      const copy = structuredClone(rules);
      mutate(copy);
      return schemaErrors(copy).length === 0;
    })
    .map(([name]) => name);
  assert.deepEqual(accepted, [], 'the schema accepts these');
});

test('every source has a kind, an address, a publication date or none (undated), and the day it was read', () => {
  const kinds = rules.sourceKinds.map((k) => k.id);
  for (const source of rules.sources) {
    const at = `source "${source.id}"`;
    assert.ok(kinds.includes(source.kind), `${at}: kind ${source.kind}`);
    assert.match(source.url ?? '', /^https:\/\/[^\s]+$/, `${at}: every source the rules cite has an https address`);
    assert.ok(realDate(source.read), `${at}: read ${source.read} is no date`);
    assert.ok(source.read <= rules.asOf, `${at}: read after the edition's asOf`);
    if (!('published' in source)) continue; // undated: the source gives no date
    assert.match(source.published, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${at}: published`);
    assert.ok(realDate(earliest(source.published)), `${at}: published ${source.published} is no date`);
    assert.ok(earliest(source.published) <= source.read, `${at}: read before it was published`);
  }
  assert.ok(
    rules.sources.some((source) => !('published' in source)),
    'the undated pages are said to be undated, not given the year they were read',
  );
});

test('every source cited anywhere is listed in sources, and every listed source is cited', () => {
  const citing = new Set(['sources', 'validitySources', 'otherSources', 'followed', 'supersededBy']);
  const cited = new Set();
  for (const { value, pointer } of walk(rules)) {
    const key = pointer.split('/').pop();
    if (!citing.has(key) || !Array.isArray(value) || pointer === '/sources') continue;
    for (const id of value) {
      assert.ok(sourceIds.has(id), `${pointer} cites "${id}", which is not in /sources`);
      cited.add(id);
    }
  }
  assert.deepEqual(
    [...sourceIds].filter((id) => !cited.has(id)),
    [],
    'sources nobody cites',
  );
});

test('ids are unique where they are looked up', () => {
  const lists = {
    sources: rules.sources.map((s) => s.id),
    questions: rules.questions.map((q) => q.id),
    documents: rules.documents.map((d) => d.id),
    channels: channels.map((c) => c.id),
    categories: categories.map((c) => c.id),
    groups: groups.map((g) => g.id),
    history: rules.history.map((h) => h.id),
    'change log editions': [rules.version, ...rules.changeLog.map((e) => e.version)],
    holidays: rules.calendar.holidays.map((h) => h.id),
    'calendar years': rules.calendar.years.map((y) => y.year),
    'source kinds': rules.sourceKinds.map((k) => k.id),
  };
  for (const q of rules.questions) lists[`options of ${q.id}`] = q.options.map((o) => o.id);
  for (const c of [...channels, ...categories]) lists[`notes of ${c.id}`] = (c.notes ?? []).map((n) => n.id);
  for (const c of channels) {
    lists[`refuseToAccept of ${c.id}`] = c.refuseToAccept.map((g) => g.code);
    lists[`refuseToForm of ${c.id}`] = c.refuseToForm.map((g) => g.code);
  }
  for (const y of rules.calendar.years) {
    lists[`days of ${y.year}`] = [...y.daysOff, ...y.workingWeekends, ...y.notDaysOff].map((d) => d.date);
  }
  for (const [name, ids] of Object.entries(lists)) assert.deepEqual(duplicates(ids), [], `duplicate ${name}`);
});

test('every id a rule refers to exists, and every question and document is used', () => {
  const documentIds = new Set(rules.documents.map((d) => d.id));
  const phraseIds = new Set(Object.keys(rules.phrases));
  const questions = new Map(rules.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  const usedQuestions = new Set();
  for (const item of items) assert.ok(documentIds.has(item.document), `unknown document "${item.document}"`);
  for (const channel of channels) {
    assert.equal(channel.calendar, rules.calendar.id, `channel "${channel.id}" counts days on an unknown calendar`);
    for (const phrase of channel.eligibility)
      assert.ok(phraseIds.has(phrase), `channel "${channel.id}": no phrase "${phrase}"`);
  }
  for (const entry of rules.history) {
    const channel = channels.find((c) => c.id === entry.channel);
    assert.ok(channel, `history "${entry.id}": unknown channel "${entry.channel}"`);
    if (entry.category)
      assert.ok(
        channel.categories.some((c) => c.id === entry.category),
        `history "${entry.id}": unknown category`,
      );
  }
  for (const { value, pointer } of walk(rules)) {
    if (!value || typeof value !== 'object' || !value.when) continue;
    for (const [key, accepted] of Object.entries(value.when)) {
      if (key === 'representative' || key === 'minor') continue;
      assert.ok(questions.has(key), `${pointer}/when: unknown question "${key}"`);
      for (const option of accepted)
        assert.ok(questions.get(key).has(option), `${pointer}/when: "${key}" has no option "${option}"`);
      usedQuestions.add(key);
    }
  }
  assert.deepEqual(
    [...questions.keys()].filter((q) => !usedQuestions.has(q)),
    [],
    'questions no item depends on',
  );
  const usedDocuments = new Set(items.map((i) => i.document));
  assert.deepEqual(
    [...documentIds].filter((d) => !usedDocuments.has(d)),
    [],
    'documents no item lists',
  );
});

test('validity dates are real, in order, and backed by sources', () => {
  for (const { value, pointer } of walk(rules)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    if (!('validFrom' in value || 'validTo' in value)) continue;
    for (const key of ['validFrom', 'validTo']) {
      if (key in value) assert.ok(realDate(value[key]), `${pointer}/${key}: ${value[key]} is no date`);
    }
    if (value.validFrom && value.validTo)
      assert.ok(value.validFrom <= value.validTo, `${pointer}: validFrom after validTo`);
    // A history entry's own sources give its dates; a rule in force names the sources of its dates apart.
    const datedBy = pointer.startsWith('/history/') ? value.sources : value.validitySources;
    assert.ok(datedBy?.length, `${pointer}: dates without the sources that give them`);
  }
});

// The data follows the higher authority (the order of sourceKinds), then the later publication.
test('every disagreement follows sources that rank at least as high as the others', () => {
  const rank = new Map(rules.sourceKinds.map((k, i) => [k.id, i]));
  const byId = new Map(rules.sources.map((s) => [s.id, s]));
  const best = (ids) =>
    ids
      .map((id) => byId.get(id))
      .reduce((a, b) => {
        const ra = rank.get(a.kind);
        const rb = rank.get(b.kind);
        return rb < ra || (rb === ra && (b.published ?? '') > (a.published ?? '')) ? b : a;
      });
  for (const { value, pointer } of walk(rules)) {
    if (!pointer.endsWith('/disputed')) continue;
    value.forEach((dispute, i) => {
      const followed = best(dispute.followed);
      const others = best(dispute.otherSources);
      const weaker =
        rank.get(followed.kind) > rank.get(others.kind) ||
        (rank.get(followed.kind) === rank.get(others.kind) && (followed.published ?? '') < (others.published ?? ''));
      assert.ok(!weaker, `${pointer}/${i}: follows ${followed.id} over the stronger ${others.id}`);
    });
  }
});

test('the calendar: days off are working weekdays of their year, moved days come from a weekend before them', () => {
  const { calendar } = rules;
  const holidayIds = new Set(calendar.holidays.map((h) => h.id));
  const years = calendar.years.map((y) => y.year);
  assert.deepEqual(
    years,
    [...years].sort((a, b) => a - b),
    'years in order',
  );
  for (const year of calendar.years) {
    const start = year.from ?? `${year.year}-01-01`;
    assert.ok(start.startsWith(`${year.year}-`), `${year.year}: from ${start}`);
    for (const day of [...year.daysOff, ...year.notDaysOff, ...year.workingWeekends]) {
      assert.ok(
        realDate(day.date) && day.date.startsWith(`${year.year}-`) && day.date >= start,
        `${year.year}: ${day.date} outside the year`,
      );
    }
    for (const day of [...year.daysOff, ...year.notDaysOff]) {
      assert.ok(holidayIds.has(day.holiday), `${day.date}: unknown holiday "${day.holiday}"`);
    }
    for (const day of [...year.daysOff, ...year.notDaysOff]) {
      assert.ok(!calendar.weekend.includes(isoWeekday(day.date)), `${day.date} falls on a weekend`);
    }
    const dates = year.daysOff.map((d) => d.date);
    assert.deepEqual(dates, [...dates].sort(), `${year.year}: days off out of date order`);
    for (const day of year.notDaysOff) assert.ok(!dates.includes(day.date), `${day.date} is a day off and not one`);
    for (const day of year.daysOff.filter((d) => d.movedFrom)) {
      assert.ok(day.movedFrom < day.date, `${day.date}: moved from a later day`);
      assert.ok(calendar.weekend.includes(isoWeekday(day.movedFrom)), `${day.date}: moved from a working day`);
    }
    for (const day of year.workingWeekends) {
      assert.ok(calendar.weekend.includes(isoWeekday(day.date)), `${day.date}: a working weekend on a weekday`);
      assert.ok(
        realDate(day.instead) && !calendar.weekend.includes(isoWeekday(day.instead)),
        `${day.date}: instead of a weekend`,
      );
    }
  }
});

test('every text has English, Russian and Kazakh with the same placeholders', () => {
  const placeholders = (s) => (s.match(/\{[A-Za-z]+\}/g) ?? []).sort().join();
  assert.ok(texts.length > 250, `only ${texts.length} texts found: the walk is broken`);
  for (const { value, pointer } of texts) {
    for (const lang of ['en', 'ru', 'kk']) assert.ok(value[lang].trim(), `${pointer}/${lang} is empty`);
    assert.equal(
      placeholders(value.ru),
      placeholders(value.en),
      `${pointer}: Russian placeholders differ from English`,
    );
    assert.equal(placeholders(value.kk), placeholders(value.en), `${pointer}: Kazakh placeholders differ from English`);
    assert.doesNotMatch(value.en, /[\u0400-\u04FF]/, `${pointer}/en has Cyrillic letters`);
  }
});

// Latin letters may stand in Russian and Kazakh text only as web addresses (zakon.kz, eGov.kz), Roman
// numerals in the numbers of laws (No. 223-III) and these proper names, which have no Cyrillic form.
const LATIN_NAMES_ALLOWED = new Set(['FChain']);
const isWebAddress = (word) => /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(word);
const isRomanNumeral = (word) => /^[IVXLCDM]+$/.test(word);
const latinWords = (s) =>
  (s.replace(/\{[A-Za-z]+\}/g, '').match(/[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []).filter(
    (word) => !isWebAddress(word) && !isRomanNumeral(word) && !LATIN_NAMES_ALLOWED.has(word),
  );

test('Russian and Kazakh texts have no Latin-alphabet words left', () => {
  const found = [];
  for (const { value, pointer } of texts) {
    for (const lang of ['ru', 'kk']) {
      const words = latinWords(value[lang]);
      if (words.length) found.push(`${pointer}/${lang}: ${words.join(', ')}`);
    }
  }
  for (const lang of ['ru', 'kk']) {
    for (const key of ['months', 'monthsGenitive']) {
      const words = (rules.dateFormat[key]?.[lang] ?? []).flatMap(latinWords);
      if (words.length) found.push(`/dateFormat/${key}/${lang}: ${words.join(', ')}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the Latin-word check catches English left in a translation', () => {
  assert.deepEqual(latinWords('Паспорт, copy и Public Service Center'), ['copy', 'Public', 'Service', 'Center']);
  assert.deepEqual(latinWords('сайт zakon.kz, Закон № 223-III, {date}, FChain'), []);
});

test('Russian texts use no Kazakh-only letters except in the name of the Adilet system', () => {
  for (const { value, pointer } of texts) {
    const ru = value.ru.replaceAll('Әділет', '');
    assert.doesNotMatch(ru, /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/, `${pointer}/ru has Kazakh letters: is it the Kazakh text?`);
  }
});

// The engine's sentences and the placeholders it fills in each; any other phrase is a channel's own
// condition, named in its eligibility. Other texts take no placeholder, except a status note, which is
// shown with a status and may name its dates.
const ENGINE_PHRASES = {
  age_under_met: 'years date birthday',
  age_under_not_met: 'years date birthday',
  age_under_unknown: 'years',
  age_at_least_met: 'years date birthday',
  age_at_least_not_met: 'years date birthday',
  age_at_least_unknown: 'years',
  in_person_only: '',
  representative_allowed: '',
  online_only_yourself: '',
  represented_by_parent_or_guardian: '',
  working_days_note: '',
  no_fixed_term: '',
  ground_not_eligible: '',
  ground_not_in_force: 'status',
  status_in_force: '',
  status_in_force_until: 'until',
  status_not_yet: 'since',
  status_ended: 'since until',
  status_unconfirmed_end: 'since until',
  status_unconfirmed_stale: 'since read',
  day_off: 'date holiday',
  day_off_moved: 'date holiday moved',
  closed_on_weekend: 'date next',
  closed_on_day_off: 'date holiday next',
  calendar_published: '',
  calendar_estimated: 'year',
  calendar_weekdays_only: 'year',
  only_if: 'question answers',
  list_or: '',
  period_from_to: 'from to',
  period_from: 'from',
  period_to: 'to',
  // For a mission profile (a host's rules may leave these out; the shipped ones have them).
  mission_accepting: 'mission date',
  mission_not_accepting: 'mission date',
  mission_closed_day: 'date name',
  closed_on_mission_day: 'date name next',
  closed_on_mission_weekday: 'date next',
  papers_match_unconfirmed: 'year',
};
const STATUS_NOTE_PLACEHOLDERS = 'since until from read';
const DATE_PLACEHOLDERS = { date: 'day month year', dayMonth: 'day month' };

test('every engine phrase is there, and every other phrase is a condition some channel asks for', () => {
  assert.deepEqual(
    Object.keys(ENGINE_PHRASES).filter((id) => !(id in rules.phrases)),
    [],
    'missing engine phrases',
  );
  const asked = new Set(channels.flatMap((c) => [...c.eligibility, ...(c.fallback ? [c.fallback] : [])]));
  const unused = Object.keys(rules.phrases).filter((id) => !(id in ENGINE_PHRASES) && !asked.has(id));
  assert.deepEqual(unused, [], 'phrases neither the engine nor any channel uses');
});

test('placeholders stand only where the engine fills them in', () => {
  const names = (s) => (s.match(/\{[^}]*\}/g) ?? []).map((p) => p.slice(1, -1));
  for (const { value, pointer } of texts) {
    const [, where, id] = pointer.split('/');
    const allowed = (
      where === 'phrases' && id in ENGINE_PHRASES
        ? ENGINE_PHRASES[id]
        : where === 'dateFormat'
          ? DATE_PLACEHOLDERS[id]
          : pointer.endsWith('/statusNote')
            ? STATUS_NOTE_PLACEHOLDERS
            : ''
    ).split(' ');
    for (const lang of ['en', 'ru', 'kk']) {
      for (const name of names(value[lang])) {
        assert.ok(allowed.includes(name), `${pointer}/${lang}: {${name}} is no placeholder here`);
      }
    }
  }
});
