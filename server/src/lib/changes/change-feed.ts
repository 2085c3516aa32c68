import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from '../../db/database.js';
import { connectOutsidePool, poolOf } from '../../db/postgres-hosts.js';
import { CHANGES_CHANNEL } from './change-notice.js';

/** How long the feed gathers notices before telling its subscribers: a burst of steps is one change. */
export const DEBOUNCE_MS = 250;

/**
 * Each server process's one ear on the change channel, shared by all its subscribers (the workbench's
 * open streams). It listens on a connection of its own from the first subscription until closed, and
 * tells every subscriber once per burst of notices.
 */
export interface ChangeFeed {
  /** Resolves once the feed listens; the returned function unsubscribes. */
  subscribe(onChange: () => void): Promise<() => void>;
  close(): Promise<void>;
}

type Unlisten = () => Promise<void>;

/**
 * LISTEN on the engine behind the drizzle database. The embedded engine delivers its own notices in
 * process; a PostgreSQL server gets a dedicated client outside the pool, as LISTEN holds its
 * connection for good and a pooled one would be handed to other queries.
 */
async function listenOn(db: Db, onNotice: () => void, onLost: (err: Error) => void): Promise<Unlisten> {
  const pool = poolOf(db);
  if (pool) {
    // On the host the pool would pick.
    const listener = await connectOutsidePool({ pool });
    listener.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL) onNotice();
    });
    listener.on('error', onLost);
    await listener.query(`listen ${pg.escapeIdentifier(CHANGES_CHANNEL)}`);
    return () => listener.end();
  }
  const client = (db as unknown as { $client: PGlite }).$client;
  const unlisten = await client.listen(CHANGES_CHANNEL, onNotice);
  return async () => {
    // Closing the embedded database first ends its listeners with it.
    if (!client.closed) await unlisten();
  };
}

export function changeFeed(db: Db, debounceMs = DEBOUNCE_MS): ChangeFeed {
  const subscribers = new Set<() => void>();
  let listening: Promise<Unlisten> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const tell = () => {
    timer = null;
    for (const onChange of subscribers) onChange();
  };
  const onNotice = () => {
    timer ??= setTimeout(tell, debounceMs);
  };
  const start = (): Promise<Unlisten> => {
    listening ??= listenOn(db, onNotice, (err) => {
      // The connection dropped (the server restarted): listen again on a new one, and tell everyone,
      // as notices sent meanwhile are lost.
      console.error('The change feed lost its connection; listening again', err);
      listening = null;
      setTimeout(() => {
        if (closed || subscribers.size === 0) return;
        start().then(onNotice, (e) => console.error('The change feed could not listen again', e));
      }, 1_000);
    }).catch((err) => {
      listening = null;
      throw err;
    });
    return listening;
  };

  return {
    async subscribe(onChange) {
      await start();
      subscribers.add(onChange);
      return () => {
        subscribers.delete(onChange);
      };
    },
    async close() {
      closed = true;
      subscribers.clear();
      if (timer) clearTimeout(timer);
      const current = listening;
      listening = null;
      if (current) await (await current)();
    },
  };
}
