import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';

/**
 * Reference data (settings, the category catalogue, departments) kept in memory per database: every
 * intake reads it and it changes a few times a year. A change is announced on the cache's channel in
 * the writing transaction, so every server process drops its copy once the change commits; the writing
 * process drops its own at once, without waiting for the notification to come round.
 */
export interface ReferenceCache<T> {
  readonly channel: string;
  get(db: Db): Promise<T>;
  /** Drops the copy; the next get loads afresh. A load already under way is not kept. */
  forget(db: Executor): void;
}

export function referenceCache<T>(channel: string, load: (db: Db) => Promise<T>): ReferenceCache<T> {
  const held = new WeakMap<Executor, Promise<T>>();
  return {
    channel,
    get(db) {
      const kept = held.get(db);
      if (kept) return kept;
      // Awaited inside, so that a query builder (which runs again each time it is awaited) runs once.
      const loading = (async () => await load(db))();
      held.set(db, loading);
      // A failed load is not remembered: the next request tries again.
      loading.catch(() => {
        if (held.get(db) === loading) held.delete(db);
      });
      return loading;
    },
    forget(db) {
      held.delete(db);
    },
  };
}

/** Tells every server process that the data behind a cache changed; delivered when the transaction commits. */
export async function announceChange(tx: Executor, cache: { channel: string }): Promise<void> {
  await tx.execute(sql`select pg_notify(${cache.channel}, '')`);
}
