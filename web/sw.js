// Offline support: on install, the standalone page's files are stored in a cache named after this
// deployment's scope and this build; a new build installs a new cache and, once it takes over,
// deletes the older ones of the same scope only. Two copies of the site on one origin
// (/iin/ and /iin-test/) each keep their own cache.
// Of the words, only those of the languages in use are kept: the page names its language (a
// message), a language chosen later is kept when fetched, and a new build keeps the languages the
// old one had. Files loaded only when a feature is first used (Check many's module and scripts, the
// .xlsx reader and writer) are not on a first visit: each is kept once fetched, and a new build keeps
// those the old one had.
// The build fills in VERSION, FILES, WORDS, ON_DEMAND_FILES and CHECK_MANY_FILES (scripts/assemble-site.mjs).

const VERSION = 'dev';
const FILES = [];
const WORDS = {};
const ON_DEMAND_FILES = [];
// Check many's module and the page's scripts only it needs: one of them fetched, all are kept (the
// scripts may have come before this worker controlled the page).
const CHECK_MANY_FILES = [];
const PREFIX = `iin-checker ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;
const wordsUrl = (language) => new URL(WORDS[language], self.location).href;
const ON_DEMAND = new Set(ON_DEMAND_FILES.map((file) => new URL(file, self.location).href));
const CHECK_MANY = CHECK_MANY_FILES.map((file) => new URL(file, self.location).href);
const olderCaches = async () => (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);

// What an older cache of this scope holds that a first visit does not: the languages whose words
// it has (its files have other names), and the on-demand files it has (the same names).
async function keptBefore() {
  const languages = new Set();
  const onDemand = new Set();
  for (const name of await olderCaches()) {
    for (const request of await (await caches.open(name)).keys()) {
      const language = request.url.match(/\/words-([a-z]+)[-.][^/]*$/)?.[1];
      if (language in WORDS) languages.add(language);
      if (ON_DEMAND.has(request.url)) onDemand.add(request.url);
    }
  }
  return { languages: [...languages], onDemand: [...onDemand] };
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
      .then(async (cache) => {
        await cache.addAll(FILES);
        const { languages, onDemand } = await keptBefore();
        await Promise.all([
          ...languages.map((language) => keepWords(language).catch(() => {})),
          ...onDemand.map((url) => cache.add(url).catch(() => {})),
        ]);
      })
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

// Files loaded only when a feature is used and the words of a language chosen later: kept once fetched.
const keptWhenFetched = (url) =>
  ON_DEMAND.has(url) || Object.keys(WORDS).some((language) => url === wordsUrl(language));
// The page is kept once, as './' (FILES has no index.html): the same bytes, not sent twice.
const INDEX = new URL('index.html', self.location).href;
const cacheKey = (request) => (request.url.split(/[?#]/)[0] === INDEX ? self.registration.scope : request);

// The rules are data a host may edit on the server without a new build: asked for from the server
// first (a 304 when unchanged), each answer kept. The kept copy answers when there is no
// connection, or when the server has not answered within RULES_WAIT_MS (its answer is then kept
// for the next visit).
const RULES = new URL('ruleset.json', self.location).href;
const RULES_WAIT_MS = 3000;
async function rulesFromServerFirst(event) {
  const cache = await caches.open(CACHE);
  const fromServer = fetch(event.request).then(async (response) => {
    if (response.ok) await cache.put(RULES, response.clone());
    return response;
  });
  event.waitUntil(fromServer.catch(() => {}));
  const slow = new Promise((resolve) => setTimeout(resolve, RULES_WAIT_MS));
  try {
    const answer = await Promise.race([fromServer, slow]);
    return answer ?? (await cache.match(RULES)) ?? (await fromServer);
  } catch (offline) {
    const kept = await cache.match(RULES);
    if (kept) return kept;
    throw offline;
  }
}

async function keepAll(cache, urls) {
  const kept = await Promise.all(urls.map((url) => cache.match(url)));
  await cache.addAll(urls.filter((url, i) => !kept[i]));
}

// Cache first: the files of one build never change, and the page must work with no network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.url.split(/[?#]/)[0] === RULES) {
    event.respondWith(rulesFromServerFirst(event));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(cacheKey(request), { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      const url = request.url.split(/[?#]/)[0];
      if (response.ok && keptWhenFetched(url)) await cache.put(request, response.clone());
      if (response.ok && CHECK_MANY.includes(url)) event.waitUntil(keepAll(cache, CHECK_MANY).catch(() => {}));
      return response;
    }),
  );
});
