import type { OutboxItem } from './outboxItem';

/** Where outbox items live; IndexedDB in a browser (page and service worker alike), a Map in tests. */
export interface OutboxStore {
  /** The user's items, oldest first. */
  list(userId: string): Promise<OutboxItem[]>;
  get(key: string): Promise<OutboxItem | undefined>;
  put(item: OutboxItem): Promise<void>;
  delete(key: string): Promise<void>;
}

const byCreation = (a: OutboxItem, b: OutboxItem) => a.createdAt.localeCompare(b.createdAt);

/** Items sorted oldest first: the order they were made is the order they are sent. */
export function oldestFirst(items: OutboxItem[]): OutboxItem[] {
  return [...items].sort(byCreation);
}
