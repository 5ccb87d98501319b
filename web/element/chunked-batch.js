// checkMany over a long text in slices of whole lines, reporting progress between slices, so a
// file of millions of lines never blocks the thread it runs on for long. The first slice finds
// the layout (separator, column, header); the others are read with that same layout.

import { lineEnd, nextLine } from '../lib/lines.js';

const LINES_PER_SLICE = 20_000;

/**
 * options: checkMany's ({ column, header, expect, ... }). Resolves to { codes, total, valid,
 * invalid, blank, codeNames, blankCode, layout, header }.
 */
export async function checkInSlices(
  checker,
  text,
  options = {},
  onProgress = () => {},
  pause = () => Promise.resolve(),
) {
  const parts = [];
  const sums = { total: 0, valid: 0, invalid: 0, blank: 0 };
  let first = null;
  let sliceOptions = options;
  for (let start = 0; start < text.length || first === null;) {
    let end = start;
    for (let lines = 0; lines < LINES_PER_SLICE && end < text.length; lines += 1)
      end = nextLine(text, lineEnd(text, end));
    const batch = checker.checkMany(text.slice(start, end), sliceOptions);
    if (first === null) {
      first = batch;
      const { separator, column } = batch.layout;
      sliceOptions = { ...options, separator, column, header: false };
    }
    parts.push(batch.codes);
    for (const key of Object.keys(sums)) sums[key] += batch[key];
    start = end;
    onProgress(text.length ? end / text.length : 1);
    await pause();
  }
  const codes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    codes.set(part, offset);
    offset += part.length;
  }
  const { codeNames, blankCode, layout, header } = first;
  return { codes, ...sums, codeNames, blankCode, layout: { ...layout, names: [...layout.names] }, header };
}
