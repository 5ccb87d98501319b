// Runs "Check many" off the page's main thread: the page stays responsive while a large file
// is checked, and gets progress as it goes.

import { startNumbers } from '../lib/modules.js';
import { checkInSlices } from './chunked-batch.js';

const checker = startNumbers(); // the number checker alone: a list needs nothing else

self.addEventListener('message', async ({ data: { id, text, options } }) => {
  let started;
  try {
    started = await checker;
  } catch {
    self.postMessage({ id, startFailed: true }); // the page then checks on its own thread
    return;
  }
  try {
    const result = await checkInSlices(started, text, options, (progress) => self.postMessage({ id, progress }));
    self.postMessage({ id, result }, [result.codes.buffer]);
  } catch (error) {
    self.postMessage({ id, error: { code: error?.code ?? null, message: String(error?.message ?? error) } });
  }
});
