// The page's state lives in the URL fragment: it can be bookmarked and shared, and browsers
// never send a fragment to any server.

export function readState() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

/** Merges `changes` into the fragment (empty values are removed) without a new history entry. */
export function updateState(changes) {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [key, value] of Object.entries(changes)) {
    if (value === '' || value === null || value === undefined || value === false) params.delete(key);
    else params.set(key, String(value));
  }
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}
