// Offline support: on install, the standalone page's files are stored in a cache named after this
// deployment's scope and this build; a new build installs a new cache and, once it takes over,
// deletes the older ones of the same scope only. Two copies of the site on one origin
// (/iin/ and /iin-test/) each keep their own cache.
// Of the words, only those of the languages in use are kept: the page names its language (a
// message), a language chosen later is kept when fetched, and a new build keeps the languages the
// old one had.
// The build fills in VERSION, FILES and WORDS (scripts/assemble-site.mjs).

const VERSION = 'dev';
const FILES = [];
const WORDS = {};
const PREFIX = `iin-checker ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;
const wordsUrl = (language) => new URL(WORDS[language], self.location).href;
const olderCaches = async () => (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);

// The languages whose words an older cache of this scope holds (its files have other names).
async function languagesKept() {
  const kept = new Set();
  for (const name of await olderCaches()) {
    for (const request of await (await caches.open(name)).keys()) {
      const language = request.url.match(/\/words-([a-z]+)[-.][^/]*$/)?.[1];
      if (language in WORDS) kept.add(language);
    }
  }
  return [...kept];
}

async function keepWords(language) {
  if (!(language in WORDS)) return;
  const cache = await caches.open(CACHE);
  if (!(await cache.match(wordsUrl(language)))) await cache.add(wordsUrl(language));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(languagesKept)
      .then((languages) => Promise.all(languages.map((language) => keepWords(language).catch(() => {}))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    olderCaches()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// The page's language, whose words it fetched before this worker controlled it: a revalidation
// (the browser's HTTP cache has the file), kept.
self.addEventListener('message', (event) => {
  if (typeof event.data?.keepWords === 'string') event.waitUntil(keepWords(event.data.keepWords).catch(() => {}));
});

// Files loaded only when a feature is used (vendor/: the .xlsx writer) and the words of a
// language chosen later: kept once fetched.
const ON_DEMAND = new URL('vendor/', self.location).href;
const keptWhenFetched = (url) =>
  url.startsWith(ON_DEMAND) || Object.keys(WORDS).some((language) => url === wordsUrl(language));
// The page is kept once, as './' (FILES has no index.html): the same bytes, not sent twice.
const INDEX = new URL('index.html', self.location).href;
const cacheKey = (request) => (request.url.split(/[?#]/)[0] === INDEX ? self.registration.scope : request);

// The rules are data a host may edit on the server without a new build: asked for from the server
// first (a 304 when unchanged), the copy kept only when there is no connection.
const RULES = new URL('ruleset.json', self.location).href;
async function rulesFromServerFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(RULES, response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(RULES);
    if (kept) return kept;
    throw offline;
  }
}

// Cache first: the files of one build never change, and the page must work with no network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.url.split(/[?#]/)[0] === RULES) {
    event.respondWith(rulesFromServerFirst(request));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(cacheKey(request), { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && keptWhenFetched(request.url.split(/[?#]/)[0])) await cache.put(request, response.clone());
      return response;
    }),
  );
});
