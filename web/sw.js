// Offline support: on install, every file of the site is stored in a cache named after this
// deployment's scope and this build; a new build installs a new cache and, once it takes over,
// deletes the older ones of the same scope only. Two copies of the site on one origin
// (/iin/ and /iin-test/) each keep their own cache.
// The build fills in VERSION and FILES (scripts/assemble-site.mjs).

const VERSION = 'dev';
const FILES = [];
const PREFIX = `iin-checker ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// Files loaded only when a feature is used (vendor/: the .xlsx writer): kept once fetched.
const ON_DEMAND = new URL('vendor/', self.location).href;
// The page is kept once, as './' (FILES has no index.html): the same bytes, not sent twice.
const INDEX = new URL('index.html', self.location).href;
const cacheKey = (request) => (request.url.split(/[?#]/)[0] === INDEX ? self.registration.scope : request);

// Cache first: the files of one build never change, and the page must work with no network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(cacheKey(request), { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && request.url.startsWith(ON_DEMAND)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
