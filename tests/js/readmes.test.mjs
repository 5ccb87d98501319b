// The READMEs as a newcomer meets them: the root one short enough to read (its prose counted as
// markdown.mjs says: code blocks, tables, HTML comments and images are not prose), and every
// relative link and #anchor in the five of them leading somewhere that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READMES, anchors, links, proseWords, slug } from './markdown.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAX_ROOT_PROSE_WORDS = 2500;

const read = (file) => readFileSync(path.join(root, file), 'utf8');

test(`the root README has at most ${MAX_ROOT_PROSE_WORDS} words of prose`, () => {
  const words = proseWords(read('README.md'));
  assert.ok(words <= MAX_ROOT_PROSE_WORDS, `${words} words of prose`);
  assert.ok(words > 300, `${words} words of prose: the count reads nothing`);
});

test('prose is counted without code blocks, tables, comments, images and link targets', () => {
  const markdown = [
    '# A title',
    '',
    'Two `words` [here](https://example.org/a/long/address) — → ![a picture of many words](x.png)',
    '',
    '```sh',
    'scripts/test   # not prose',
    '```',
    '',
    '| a | table |',
    '|---|---|',
    '<!-- not run: a reason -->',
  ].join('\n');
  assert.equal(proseWords(markdown), 5);
});

/** The links of a README that fail to resolve, as "file:line: target: why". */
function brokenLinks(file, markdown, readFile = read, exists = (p) => existsSync(path.join(root, p))) {
  const broken = [];
  for (const { target, line } of links(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:: not ours to check offline
    const [rawPath, anchor] = target.split('#');
    const linked = rawPath ? path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(rawPath))) : file;
    const where = `${file}:${line}: ${target}`;
    if (linked.startsWith('..')) broken.push(`${where}: outside the repository`);
    else if (!exists(linked)) broken.push(`${where}: no such file`);
    else if (anchor !== undefined) {
      if (!linked.endsWith('.md')) broken.push(`${where}: an anchor into a file that is not Markdown`);
      else if (!anchors(readFile(linked)).has(anchor)) broken.push(`${where}: no heading with that anchor`);
    }
  }
  return broken;
}

test('the links of the READMEs are found', () => {
  const found = READMES.flatMap((file) => links(read(file)));
  assert.ok(found.length >= 20, `${found.length} links`);
});

for (const file of READMES) {
  test(`every relative link and anchor in ${file} resolves`, () => {
    const markdown = read(file);
    assert.deepEqual(brokenLinks(file, markdown), []);
  });
}

test('anchors are made as GitHub makes them, and a broken link is reported', () => {
  assert.equal(slug('What `build/site/` holds'), 'what-buildsite-holds');
  assert.equal(
    slug('categories(options), checklist(answers), assess(answers)'),
    'categoriesoptions-checklistanswers-assessanswers',
  );
  assert.equal(slug('"Check many" on the page'), 'check-many-on-the-page');
  assert.equal(slug('Reading many numbers (`iin_number`)'), 'reading-many-numbers-iin_number');
  assert.equal(slug('Many numbers: the files people have'), 'many-numbers-the-files-people-have');
  assert.deepEqual([...anchors('# A\n## A\n```\n# not a heading\n```\n## A')], ['a', 'a-1', 'a-2']);

  const files = { 'docs/README.md': '# Here\n## Over there\n' };
  const markdown = [
    '[ok](../README.md#over-there) [self](#here) [web](https://example.org/#nothing)',
    '[gone](missing.md) [wrong anchor](../README.md#nowhere) [up](../../../x.md)',
    '`[in code](nowhere.md)`',
    '```',
    '[in a block](nowhere.md)',
    '```',
  ].join('\n');
  const fake = { ...files, 'docs/sub/README.md': '# Here\n' };
  assert.deepEqual(
    brokenLinks(
      'docs/sub/README.md',
      markdown,
      (p) => fake[p],
      (p) => p in fake,
    ),
    [
      'docs/sub/README.md:2: missing.md: no such file',
      'docs/sub/README.md:2: ../README.md#nowhere: no heading with that anchor',
      'docs/sub/README.md:2: ../../../x.md: outside the repository',
    ],
  );
});
