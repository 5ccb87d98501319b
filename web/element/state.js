// Where a checker keeps its answers. The page keeps them in the URL fragment, which can be
// bookmarked and shared and which browsers never send to a server; an element embedded in
// someone else's page keeps them to itself, leaving the host's URL alone.

// History entries the checker made or has read are marked, so that Back and Forward between them
// (e.g. between views) are told apart from a new link opened in the same tab.
const OWN = 'iinChecker';

function fragmentState() {
  return {
    shared: true,
    read: () => Object.fromEntries(new URLSearchParams(location.hash.slice(1))),
    /**
     * Merges `changes` (empty values remove a key). The current history entry is updated; with
     * `push` (a switch of view) a new entry is added, so that Back returns to the previous view.
     */
    update(changes, { push = false } = {}) {
      const params = new URLSearchParams(location.hash.slice(1));
      for (const [key, value] of Object.entries(changes)) {
        if (value === '' || value === null || value === undefined || value === false) params.delete(key);
        else params.set(key, String(value));
      }
      const hash = params.toString();
      const address = hash ? `#${hash}` : location.pathname + location.search;
      if (push) history.pushState({ [OWN]: true }, '', address);
      else history.replaceState({ ...(history.state ?? {}), [OWN]: true }, '', address);
    },
    /** True when the current history entry is one the checker made or has already read. */
    isOwnEntry: () => history.state?.[OWN] === true,
  };
}

function memoryState() {
  const values = {};
  return {
    shared: false,
    read: () => ({ ...values }),
    isOwnEntry: () => true,
    update(changes) {
      for (const [key, value] of Object.entries(changes)) {
        if (value === '' || value === null || value === undefined || value === false) delete values[key];
        else values[key] = String(value);
      }
    },
  };
}

export const answersStore = (inUrl) => (inUrl ? fragmentState() : memoryState());
