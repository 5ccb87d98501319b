// One check of a list, the same in the worker and on the page: a text in one call, a file (Blob)
// in parts with progress. The answer is plain data that can be posted from a worker.

/**
 * Resolves to { codes, total, valid, invalid, blank, counts…, codeNames, blankCode, layout, header,
 * multiLine, headerLines, book }. With `sheet` (an index), `input` is a workbook: that sheet is read
 * first (vendor/xlsx-reader.js, loaded then) and `book` is { text, sheet, sheets }.
 */
export async function checkList(checker, input, options = {}, onProgress = () => {}, sheet = undefined) {
  let book = null;
  let list = input;
  if (sheet !== undefined) {
    const { readSheet } = await import('../vendor/xlsx-reader.js');
    book = await readSheet(input, sheet, (share) => onProgress(share * 0.9));
    list = book.text;
  }
  const batch =
    typeof list === 'string'
      ? checker.checkMany(list, options)
      : await checker.checkMany(list, { ...options, onProgress });
  const { layout } = batch;
  return {
    codes: batch.codes,
    total: batch.total,
    valid: batch.valid,
    invalid: batch.invalid,
    blank: batch.blank,
    leadingZeroLost: batch.leadingZeroLost,
    birthDateMismatch: batch.birthDateMismatch,
    sexMismatch: batch.sexMismatch,
    notComparable: batch.notComparable,
    codeNames: [...batch.codeNames],
    blankCode: batch.blankCode,
    layout: { ...layout, names: [...layout.names] },
    header: batch.header,
    multiLine: batch.multiLine,
    headerLines: batch.headerLines,
    book,
  };
}
