// Prints how long "Check many" takes in headless Chromium, from the action to the summary, in
// one run: the same lines pasted into the text box and dropped as a file; and a 100,000-row Excel
// workbook (written by openpyxl, Debian's python3-openpyxl) against the same rows as a CSV file,
// with the memory the tab's renderer process (the page and its worker) took on top of what it
// held before. Rounds alternate the order; each figure is the median of the rounds, and each
// ratio the median of the rounds' own ratios. Figures only: nothing here passes or fails on time.
//   node tests/bench/many-page.mjs [lines] [workbook rows]    (IIN_SITE_DIR defaults to build/site)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openPage, startSite, whenReady } from '../e2e/browser.mjs';

const LINES = Number(process.argv[2] ?? 1_000_000);
const BOOK_ROWS = Number(process.argv[3] ?? 100_000);
const ROUNDS = 3;

function lines(count) {
  const valid = ['901123300258', '940140000385', '061211600012', '851207400556'];
  const out = new Array(count);
  for (let i = 0; i < count; i += 1) out[i] = i % 4 === 3 ? `${valid[i % 4].slice(0, 11)}9` : valid[i % 4];
  return `${out.join('\n')}\n`;
}

// A staff list as a workbook (IINs as number cells, as Excel keeps them; birth dates as date cells
// shown DD.MM.YYYY; shared strings) and the same rows as the CSV a person would save from it.
function writeStaffFiles(folder, rows) {
  const script = `
import csv, datetime, openpyxl, sys
folder, rows = sys.argv[1], int(sys.argv[2])
names = ['Абенов Тимур', 'Бекова Айгерим', 'Иванова Дарья', 'Ким Сергей']
numbers = [901123300258, 851207400556, 940140000385, 911210317131]
born = [datetime.date(1990, 11, 23), datetime.date(1985, 12, 7), datetime.date(1994, 1, 4), datetime.date(1991, 12, 18)]
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet('Сотрудники')
sheet.append(['№', 'ФИО', 'ИИН', 'Дата рождения', 'Должность'])
with open(f'{folder}/staff.csv', 'w', newline='', encoding='utf-8') as out:
    writer = csv.writer(out)
    writer.writerow(['№', 'ФИО', 'ИИН', 'Дата рождения', 'Должность'])
    for i in range(rows):
        day = openpyxl.cell.WriteOnlyCell(sheet, value=born[i % 4])
        day.number_format = 'DD.MM.YYYY'
        sheet.append([i + 1, names[i % 4], numbers[i % 4], day, 'Бухгалтер'])
        writer.writerow([i + 1, names[i % 4], numbers[i % 4], born[i % 4].strftime('%d.%m.%Y'), 'Бухгалтер'])
book.save(f'{folder}/staff.xlsx')
`;
  execFileSync('/usr/bin/python3', ['-c', script, folder, String(rows)]);
  return { xlsx: path.join(folder, 'staff.xlsx'), csv: path.join(folder, 'staff.csv') };
}

// The resident memory of the Chromium renderers this process started (the page, its worker and
// the service worker live there), summed, in bytes; the descendants are found once per page.
function rendererPids() {
  const parent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process has ended
    }
  }
  const ours = (pid) => {
    for (let p = parent.get(pid); p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...parent.keys()].filter(
    (pid) => ours(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'),
  );
}
function residentBytes(pids) {
  let bytes = 0;
  for (const pid of pids) {
    try {
      bytes += 1024 * Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);
    } catch {
      // the process has ended
    }
  }
  return bytes;
}

const text = lines(LINES);
const folder = mkdtempSync(path.join(os.tmpdir(), 'iin-bench-'));
const file = path.join(folder, 'numbers.txt');
writeFileSync(file, text);
const staff = writeStaffFiles(folder, BOOK_ROWS);
const site = await startSite();
const context = await launchBrowser();

async function once(how, expectedCount) {
  const page = await openPage(context, `${site.origin}/#view=many`);
  await whenReady(page);
  // Check many's module, loaded on the first check of a tab, is loaded before the clock starts.
  await page.locator('#many-text').fill('901123300258');
  await page.locator('#many-run').click();
  await page.locator('#many-summary').getByText('1 numbers checked').waitFor();
  await page.locator('#many-text').fill('');
  const expected = `${expectedCount.toLocaleString('en')} numbers checked`;
  const pids = rendererPids();
  const before = residentBytes(pids);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(pids))), 20);
  let start;
  if (how === 'pasted') {
    // As a person pastes: a paste event with the text on the clipboard (put there before the clock starts).
    await page.evaluate((value) => {
      window.clipboardData = new DataTransfer();
      window.clipboardData.setData('text/plain', value);
    }, text);
    start = performance.now();
    await page.locator('#many-text').evaluate((area) => {
      const { clipboardData } = window;
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    });
    await page.locator('#many-run').click();
  } else {
    start = performance.now();
    await page.locator('#many-file').setInputFiles({ dropped: file, xlsx: staff.xlsx, csv: staff.csv }[how]);
  }
  await page.locator('#many-summary').getByText(expected).waitFor({ timeout: 900_000 });
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, residentBytes(pids));
  await page.close();
  return { ms, memory: peak - before };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `a` and `b` ROUNDS times, alternating which goes first; prints medians and ratios a/b. */
async function compare(title, [a, b], count) {
  const runs = { [a]: [], [b]: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const how of round % 2 ? [b, a] : [a, b]) runs[how].push(await once(how, count));
  }
  console.log(`${title}, median of ${ROUNDS} rounds:`);
  for (const how of [b, a]) {
    const r = runs[how];
    console.log(
      `  ${how.padEnd(8)} ${median(r.map((x) => x.ms))
        .toFixed(0)
        .padStart(6)} ms to the summary   ` +
        `renderer memory +${(median(r.map((x) => x.memory)) / 2 ** 20).toFixed(0)} MB at the peak   ` +
        `(rounds: ${r.map((x) => x.ms.toFixed(0)).join(', ')} ms)`,
    );
  }
  const ratio = (key) => median(runs[a].map((x, i) => x[key] / Math.max(1, runs[b][i][key])));
  return { time: ratio('ms'), memory: ratio('memory') };
}

const paste = await compare(
  `Check many in headless Chromium, ${LINES.toLocaleString('en')} lines (${(text.length / 2 ** 20).toFixed(1)} MB)`,
  ['pasted', 'dropped'],
  LINES,
);
console.log(`  pasted / dropped: time ${paste.time.toFixed(2)}x (goal: at most 1.5x)\n`);
const book = await compare(
  `A ${BOOK_ROWS.toLocaleString('en')}-row workbook (.xlsx, ${(readFileSync(staff.xlsx).length / 2 ** 20).toFixed(1)} MB) and the same rows as CSV (${(readFileSync(staff.csv).length / 2 ** 20).toFixed(1)} MB), dropped`,
  ['xlsx', 'csv'],
  BOOK_ROWS,
);
console.log(`  .xlsx / CSV: time ${book.time.toFixed(2)}x, memory at the peak ${book.memory.toFixed(2)}x`);
await context.close();
await site.close();
