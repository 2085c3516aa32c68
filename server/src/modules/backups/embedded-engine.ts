import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../db/data-dir-lock.js';
import { digestTables, type TableDigest } from './table-digest.js';

const queryOf = (client: PGlite) => async (sql: string) =>
  (await client.query<Record<string, unknown>>(sql)).rows;

/**
 * The embedded database's whole data directory as a gzipped tarball. The directory's lock is taken
 * first: PGlite serves one process, so Needle must be stopped (the lock's message says so).
 */
export async function dumpEmbedded(dataDir: string, file: string): Promise<Record<string, TableDigest>> {
  const pgDir = path.join(dataDir, 'pg');
  if (!fs.existsSync(pgDir)) throw new Error(`There is no embedded database in ${dataDir} to back up.`);
  const unlock = lockDataDir(dataDir);
  try {
    const client = new PGlite({ dataDir: pgDir });
    try {
      await client.waitReady;
      const digests = await digestTables(queryOf(client));
      const tarball = await client.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
      return digests;
    } finally {
      await client.close();
    }
  } finally {
    unlock();
  }
}

/** Whether the data directory holds an embedded database already. */
export const embeddedExists = (dataDir: string): boolean => fs.existsSync(path.join(dataDir, 'pg'));

/**
 * Loads the tarball as the data directory's database. One already there is moved aside, never
 * deleted: a restore over the wrong directory can be undone by hand.
 */
export async function restoreEmbedded(
  dataDir: string,
  file: string,
  stamp: string,
): Promise<Record<string, TableDigest>> {
  const unlock = lockDataDir(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    if (fs.existsSync(pgDir)) fs.renameSync(pgDir, path.join(dataDir, `pg.replaced-${stamp}`));
    const client = new PGlite({ dataDir: pgDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      await client.waitReady;
      return await digestTables(queryOf(client));
    } finally {
      await client.close();
    }
  } finally {
    unlock();
  }
}
