import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { OutboxItem } from './outboxItem';
import { type OutboxStore, oldestFirst } from './outboxStore';

interface OutboxSchema extends DBSchema {
  reports: { key: string; value: OutboxItem; indexes: { byUser: string } };
}

let opened: Promise<IDBPDatabase<OutboxSchema>> | null = null;

// One database for the page and the service worker: both send from it.
function database(): Promise<IDBPDatabase<OutboxSchema>> {
  opened ??= openDB<OutboxSchema>('needle-outbox', 1, {
    upgrade(db) {
      const reports = db.createObjectStore('reports', { keyPath: 'key' });
      reports.createIndex('byUser', 'userId');
    },
  });
  return opened;
}

/** The outbox in IndexedDB: photos are stored as Blobs, as they are. */
export const outboxDb: OutboxStore = {
  async list(userId) {
    return oldestFirst(await (await database()).getAllFromIndex('reports', 'byUser', userId));
  },
  async get(key) {
    return (await database()).get('reports', key);
  },
  async put(item) {
    await (await database()).put('reports', item);
  },
  async delete(key) {
    await (await database()).delete('reports', key);
  },
};
