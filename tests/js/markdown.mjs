// What tests/js/readmes.test.mjs needs to know about a Markdown file: its prose, its headings'
// anchors (as GitHub makes them) and its links.

/** The READMEs a reader of the repository meets, from the root. */
export const READMES = ['README.md', 'web/README.md', 'wasm/README.md', 'wasm/rules/README.md', 'tests/README.md'];

/** The lines outside fenced code blocks, each { text, line } (1-based). */
function outsideCode(markdown) {
  const lines = [];
  let fence = null;
  markdown.split('\n').forEach((text, index) => {
    const opening = text.match(/^\s*(`{3,}|~{3,})/);
    if (fence) {
      if (
        opening &&
        opening[1][0] === fence[0] &&
        opening[1].length >= fence.length &&
        !/\S/.test(text.trim().slice(opening[1].length))
      )
        fence = null;
      return;
    }
    if (opening) {
      fence = opening[1];
      return;
    }
    lines.push({ text, line: index + 1 });
  });
  return lines;
}

/**
 * The prose's words. Not counted: fenced code blocks, table rows (lines starting with "|"),
 * HTML comments, and images (a picture is not prose); link targets are dropped and their text kept.
 * A word is a run of non-space characters holding a letter or a digit, so "—" and "→" are not
 * words and `inline code` counts as the words it holds.
 */
export function proseWords(markdown) {
  const text = outsideCode(markdown)
    .map(({ text: line }) => line)
    .filter((line) => !line.trimStart().startsWith('|'))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of the file's headings; a repeated one gets -1, -2, … as on GitHub. */
export function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  for (const { text } of outsideCode(markdown)) {
    const heading = text.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (!heading) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** Every inline link and image outside code: { target, line }. Inline code spans are skipped. */
export function links(markdown) {
  const result = [];
  for (const { text, line } of outsideCode(markdown)) {
    const prose = text.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      result.push({ target: match[1], line });
    }
  }
  return result;
}
