import { createStore, del, entries, set } from 'idb-keyval';
import type { QueueStorage, QueuedReport } from './reportQueue';

/** The queue in the browser's IndexedDB: it outlives a closed tab, a reload and a restarted phone. */
export function idbStorage(): QueueStorage {
  const store = createStore('sinergi-offline', 'incident-reports');
  return {
    list: async () => (await entries<string, QueuedReport>(store)).map(([, item]) => item),
    put: (item) => set(item.key, item, store),
    remove: (key) => del(key, store),
  };
}
