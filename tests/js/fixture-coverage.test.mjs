// The test rules (tests/fixtures/ruleset.json, which the native and Node tests load) use every field
// of every object of the format, as the generated JSON Schema lists them: a field the engine reads
// and no test data holds is a feature no test can see fail (as workingWeekends was).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteDir } from './site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(path.join(siteDir, 'ruleset.schema.json'), 'utf8'));
const fixture = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/ruleset.json'), 'utf8'));

// An object's definition, whatever the depth it was written for ("groupItemAtDepth9" → "groupItem").
const shapeOf = (ref) =>
  ref
    .split('/')
    .pop()
    .replace(/AtDepth\d+$/, '');
const isShape = (name) => !name.startsWith('text');

// Every "shape.field" the value holds, following the schema down.
function used(node, value, out = new Set(), shape = 'ruleset') {
  if (!node || typeof node !== 'object' || value === null || typeof value !== 'object') return out;
  if (node.$ref) return used(schema.$defs[node.$ref.split('/').pop()], value, out, shapeOf(node.$ref));
  if (node.if?.required?.[0] === 'document')
    return used('document' in value ? node.then : node.else, value, out, shape);
  for (const option of node.anyOf ?? []) used(option, value, out, shape);
  if (Array.isArray(value)) {
    for (const item of value) used(node.items, item, out, shape);
    return out;
  }
  for (const [key, member] of Object.entries(value)) {
    const field = node.properties?.[key];
    if (field && isShape(shape)) out.add(`${shape}.${key}`);
    used(field ?? node.additionalProperties, member, out, shape);
  }
  return out;
}

test('the test rules use every field of every object of the format', () => {
  const fields = new Set(Object.keys(schema.properties).map((key) => `ruleset.${key}`));
  for (const [name, definition] of Object.entries(schema.$defs)) {
    if (!isShape(name) || !definition.properties) continue;
    for (const key of Object.keys(definition.properties)) fields.add(`${shapeOf(name)}.${key}`);
  }
  assert.ok(fields.size > 150, `only ${fields.size} fields found: is the schema read right?`);
  const held = used(schema, fixture);
  assert.deepEqual(
    [...fields].filter((field) => !held.has(field)),
    [],
    'fields no object of tests/fixtures/ruleset.json holds',
  );
});

test('the coverage check sees a field that is missing', () => {
  const without = structuredClone(fixture);
  for (const year of without.calendar.years) delete year.workingWeekends;
  assert.ok(used(schema, fixture).has('year.workingWeekends'));
  assert.ok(!used(schema, without).has('year.workingWeekends'));
});
