// checkMany over a long text in slices of whole lines, reporting progress between slices, so a
// 100,000-line file never blocks the thread it runs on for long.

const LINES_PER_SLICE = 20_000;

/** Resolves to { codes, total, valid, invalid, blank, codeNames, blankCode }. */
export async function checkInSlices(checker, text, onProgress = () => {}, pause = () => Promise.resolve()) {
  const parts = [];
  const sums = { total: 0, valid: 0, invalid: 0, blank: 0 };
  let codeNames = [];
  let blankCode = 255;
  for (let start = 0; start < text.length;) {
    let end = start;
    for (let lines = 0; lines < LINES_PER_SLICE && end < text.length; lines += 1) {
      const newline = text.indexOf('\n', end);
      end = newline === -1 ? text.length : newline + 1;
    }
    const batch = checker.checkMany(text.slice(start, end));
    parts.push(batch.codes);
    for (const key of Object.keys(sums)) sums[key] += batch[key];
    ({ codeNames, blankCode } = batch);
    start = end;
    onProgress(end / text.length);
    await pause();
  }
  const codes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    codes.set(part, offset);
    offset += part.length;
  }
  return { codes, ...sums, codeNames, blankCode };
}
