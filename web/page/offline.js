// Offline use through the service worker (sw.js). It keeps the page's files, and the words of the
// languages the reader uses: the first language's words are fetched before the worker controls
// the page, so the page names the language it shows and the worker keeps that file too.

import { scriptUrl } from '../element/trusted-types.js';

const supported = 'serviceWorker' in navigator && location.protocol !== 'file:';
let registered = false;

function tellWorker(language) {
  navigator.serviceWorker.ready.then(({ active }) => active?.postMessage({ keepWords: language }));
}

/** Registers the worker and tells it the language on screen. The page works without it. */
export function startOfflineUse() {
  if (!supported) return;
  registered = true;
  Promise.resolve()
    .then(() => navigator.serviceWorker.register(scriptUrl(new URL('../sw.js', import.meta.url))))
    .then(() => tellWorker(document.documentElement.lang))
    .catch(() => {});
}

/** Asks the worker to keep the words of `language`, now on screen. */
export function keepOffline(language) {
  if (registered) tellWorker(language);
}
