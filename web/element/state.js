// Where a checker keeps its answers. The page keeps them in the URL fragment, which can be
// bookmarked and shared and which browsers never send to a server; an element embedded in
// someone else's page keeps them to itself, leaving the host's URL alone.

function fragmentState() {
  return {
    shared: true,
    read: () => Object.fromEntries(new URLSearchParams(location.hash.slice(1))),
    /** Merges `changes` (empty values remove a key) without adding a history entry. */
    update(changes) {
      const params = new URLSearchParams(location.hash.slice(1));
      for (const [key, value] of Object.entries(changes)) {
        if (value === '' || value === null || value === undefined || value === false) params.delete(key);
        else params.set(key, String(value));
      }
      const hash = params.toString();
      history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
    },
  };
}

function memoryState() {
  const values = {};
  return {
    shared: false,
    read: () => ({ ...values }),
    update(changes) {
      for (const [key, value] of Object.entries(changes)) {
        if (value === '' || value === null || value === undefined || value === false) delete values[key];
        else values[key] = String(value);
      }
    },
  };
}

export const answersStore = (inUrl) => (inUrl ? fragmentState() : memoryState());
