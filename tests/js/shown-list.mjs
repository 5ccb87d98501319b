// What the page hands the Check-many export (web/element/many-export.js): a batch, its records, and
// the rows the filter shows; and the page's words in a language, as the export takes them.
import { siteModule } from './site.mjs';
import { text } from '../e2e/translations.mjs';

const { Records } = await import(siteModule('lib/lines.js'));

/** The export's view of `batch` (checkMany of `text`), with the rows whose outcome `filter` keeps. */
export function shownFor(text, batch, filter = () => true) {
  return {
    records: new Records(text, batch.codes.length, { headerLines: batch.headerLines, irregular: batch.multiLine }),
    outcome: (i) => batch.outcome(i),
    row: (i) => batch.row(i),
    layout: batch.layout,
    header: batch.header,
    rows: Array.from(batch.codes, (_, i) => i).filter((i) => filter(batch.outcome(i))),
    options: {},
  };
}

/** t(key, values) in `language`, as the page's translator gives it to the export. */
export const translator = (language) => (key, values) => text(language, key, values);
