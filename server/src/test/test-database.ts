import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open-database.js';
import { RegionsService } from '../modules/regions/regions.service.js';
import { seedOnFirstStart } from '../seed/first-start.js';

/** Which engine this test project runs on: the suite runs once on each. */
export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  const engine = process.env.NEEDLE_TEST_DB;
  if (engine !== 'pglite' && engine !== 'postgres') {
    throw new Error('NEEDLE_TEST_DB must be pglite or postgres; run the tests through `npm test`');
  }
  return engine;
}

let counter = 0;

/**
 * A database of its own for one test file, holding the migrated and seeded demo city the global
 * setup prepared once: a copy of its PGlite data directory, or a database cloned from its template.
 */
export async function openTestDatabase(): Promise<Database> {
  if (testEngine() === 'pglite') {
    const dump = inject('pgliteDump');
    if (!dump) throw new Error('The global setup did not prepare a PGlite dump');
    return openDatabase({
      kind: 'pglite',
      dataDir: undefined,
      loadDataDir: new Blob([fs.readFileSync(dump)]),
    });
  }
  return openDatabase({
    kind: 'postgres',
    url: await createPostgresTestDatabase(inject('postgresTemplate')),
  });
}

/** A new database on the test server, copied from `template` (or from PostgreSQL's empty template0); returns its URL. */
export async function createPostgresTestDatabase(template = 'template0'): Promise<string> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('The global setup did not prepare a PostgreSQL server');
  const name = `needle_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(
      `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`,
    );
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * Runs `work` on a database of its own on the test PostgreSQL server, copied from PostgreSQL's empty
 * template0 rather than the demo city, and closes it after.
 */
export async function onEmptyPostgresDatabase(work: (empty: Database) => Promise<void>): Promise<void> {
  const empty = await openDatabase({ kind: 'postgres', url: await createPostgresTestDatabase() });
  try {
    await work(empty);
  } finally {
    await empty.close();
  }
}

/** A first start of the server on the database, without the demo city or a given admin password. */
export async function firstStartWithoutDemo(database: Database): Promise<string[]> {
  return seedOnFirstStart(database, await RegionsService.load(database.db), {
    demo: false,
    adminPassword: undefined,
  });
}
