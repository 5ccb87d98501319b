// Printing one element's checklist from any page, e.g. a host page that embeds it: while it
// prints, the element is marked and a print-only sheet on the document hides everything that is
// neither the element nor one of its ancestors. The sheet is inert at all other times.

const MARK = 'data-iin-printing';
let sheet;

function documentSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { margin: 8mm 12mm; }
@media print {
  body:has([${MARK}]) :not([${MARK}], :has([${MARK}])) { display: none !important; }
  :has([${MARK}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; max-width: none !important;
    background: none !important; box-shadow: none !important; }
}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

/** Prints `element` alone; the mark goes when the browser says printing is over. */
export function printOnly(element) {
  documentSheet();
  for (const other of document.querySelectorAll(`[${MARK}]`)) other.removeAttribute(MARK);
  element.setAttribute(MARK, '');
  window.addEventListener('afterprint', () => element.removeAttribute(MARK), { once: true });
  window.print();
}
