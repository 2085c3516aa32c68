import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema.js';

type Schema = typeof schema;

/** The typed database, whichever engine is underneath (embedded PGlite or a PostgreSQL server). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: services accept both so callers can compose writes. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Subscribes to a PostgreSQL notification channel, so that several server processes hear of a
   * change that one of them (or a command-line import) made.
   */
  listen(channel: string, onNotify: () => void): Promise<void>;
  notify(channel: string): Promise<void>;
  /**
   * Calls `onQuery` with the text of every statement Needle sends until the returned function is
   * called: how the tests hold the statements per intake to the figure in the README. The embedded
   * engine runs BEGIN and COMMIT inside its driver, where they are not seen.
   */
  watchStatements(onQuery: (text: string) => void): () => void;
  close(): Promise<void>;
}

/**
 * Runs a multi-row write atomically. Every write that touches more than one row goes through here,
 * so a crash mid-write leaves nothing half done.
 */
export function transaction<T>(db: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
