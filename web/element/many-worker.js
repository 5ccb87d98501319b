// Runs "Check many" off the page's main thread: a text in one call, a file (a Blob) in parts with
// progress, a sheet of a workbook read first, so the page stays responsive whatever the size.

import { startMany } from '../lib/many-checker.js';
import { checkList } from './many-check.js';

const checker = startMany(); // Check many's module alone: a list needs nothing else

self.addEventListener('message', async ({ data: { id, input, options, sheet } }) => {
  let started;
  try {
    started = await checker;
  } catch {
    self.postMessage({ id, startFailed: true }); // the page then checks on its own thread
    return;
  }
  try {
    const progress = (value) => self.postMessage({ id, progress: value });
    const result = await checkList(started, input, options, progress, sheet);
    self.postMessage({ id, result }, [result.codes.buffer]);
  } catch (error) {
    self.postMessage({
      id,
      error: { code: error?.code ?? null, message: String(error?.message ?? error), megabytes: error?.megabytes },
    });
  }
});
