// The IIN Checker page: its language first (page/language.js translates the page's own header and
// footer), then the <iin-checker> element, which does the rest. The service worker (offline use)
// starts once the checker works, so that its downloads never delay the first check.

import './language.js'; // first: the element starts in the reader's language
import '../iin-checker-element.js';
import { startOfflineUse } from './offline.js';

document.getElementById('checker').addEventListener('iin-ready', startOfflineUse, { once: true });
