import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, Db } from './database.js';
import { type Listening, listenFor } from './listen-client.js';
import { poolOn } from './postgres-hosts.js';
import * as schema from './schema.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

// Two server processes starting at once must not run the migrations twice.
const MIGRATION_LOCK = 4_242_001;

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | undefined; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

/**
 * Connections to a PostgreSQL server per process. An intake holds one for its few statements; with
 * fewer, reports queue for a connection while the server idles (measured in bench/intake.bench.ts).
 */
export const DEFAULT_POOL_SIZE = 20;

/** The database the configuration names: a PostgreSQL server when DATABASE_URL is set, else the embedded one. */
export function databaseTargetOf(config: {
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize?: number;
}): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl, poolSize: config.dbPoolSize }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Drizzle's logger, turned into a list of watchers that come and go. */
function statementWatchers() {
  const watchers = new Set<(text: string) => void>();
  return {
    logger: {
      logQuery(text: string) {
        for (const watch of watchers) watch(text);
      },
    },
    watchStatements(onQuery: (text: string) => void) {
      watchers.add(onQuery);
      return () => {
        watchers.delete(onQuery);
      };
    },
  };
}

/**
 * Connections PostgreSQL drops (a restart, a failover, an administrator ending sessions) are let go, and
 * the pool opens others when next asked. Without these listeners Node would end the whole process over
 * one: an idle pooled connection errors on the pool, and one a request holds between two statements (a
 * transaction working in Node) errors on the client, which the pool leaves to its holder. That request's
 * next statement fails as a lost connection, and it is answered 503 to be retried.
 */
function surviveLostConnections(pool: pg.Pool): pg.Pool {
  pool.on('error', (err) => {
    console.warn(
      `PostgreSQL dropped an idle connection; the pool opens a new one when needed: ${err.message}`,
    );
  });
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      console.warn(
        `PostgreSQL dropped a connection in use; its request fails and may be retried: ${err.message}`,
      );
    });
  });
  return pool;
}

/** Opens the database and brings its schema up to date; the same migrations run on both engines. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const { logger, watchStatements } = statementWatchers();
  if (target.kind === 'pglite') {
    const unlock = target.dataDir ? lockDataDir(target.dataDir) : () => {};
    try {
      const client = new PGlite({
        dataDir: target.dataDir ? path.join(target.dataDir, 'pg') : undefined,
        loadDataDir: target.loadDataDir,
      });
      await client.waitReady;
      // The drivers differ only in the raw result type, which Needle never reads: one Db type serves both.
      const db = drizzlePglite({ client, schema, logger }) as unknown as Db;
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
      return {
        kind: 'pglite',
        db,
        listen: async (channel, onNotify) => {
          await client.listen(channel, onNotify);
        },
        notify: async (channel) => {
          await client.query(`select pg_notify($1, '')`, [channel]);
        },
        watchStatements,
        close: async () => {
          await client.close();
          unlock();
        },
      };
    } catch (err) {
      unlock();
      throw err;
    }
  }
  const pool = surviveLostConnections(poolOn(target.url, { max: target.poolSize ?? DEFAULT_POOL_SIZE }));
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
  const listeners: Listening[] = [];
  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool, schema, logger }) as unknown as Db,
    watchStatements,
    listen: async (channel, onNotify) => {
      // LISTEN holds its connection for good, so it gets its own client outside the pool.
      listeners.push(await listenFor(target.url, channel, onNotify));
    },
    notify: async (channel) => {
      await pool.query('select pg_notify($1, $2)', [channel, '']);
    },
    close: async () => {
      await Promise.all(listeners.map((l) => l.close()));
      await pool.end();
    },
  };
}

/** A read-only view of the database, for the reads that may lag the primary a little. */
export interface ReadReplica {
  db: Db;
  close(): Promise<void>;
}

/**
 * A pool on a read replica: no migrations (a replica is read-only; the primary's reach it by
 * replication), and every session read-only, so a write sent here by mistake fails rather than lands
 * on a server that must not take it.
 */
export function openReadReplica(url: string, poolSize = DEFAULT_POOL_SIZE): ReadReplica {
  const pool = surviveLostConnections(
    poolOn(url, { max: poolSize, options: '-c default_transaction_read_only=on' }),
  );
  return { db: drizzlePg({ client: pool, schema }) as unknown as Db, close: () => pool.end() };
}
