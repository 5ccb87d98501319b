// Runs "Check many" off the page's main thread: the page stays responsive while a large file
// is checked, and gets progress as it goes.

import { createChecker } from '../iin-checker.js';
import { checkInSlices } from './chunked-batch.js';

const checker = createChecker({ checklist: false });

self.addEventListener('message', async ({ data: { id, text } }) => {
  try {
    const result = await checkInSlices(await checker, text, (progress) => self.postMessage({ id, progress }));
    self.postMessage({ id, result }, [result.codes.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
