import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { openDatabase } from '../../db/open-database.js';
import { loadKeyRing } from '../../lib/personal-data/key-ring.js';
import { createPostgresTestDatabase, openTestDatabase, testEngine } from '../../test/test-database.js';
import { DiskPhotoStore } from '../photos/photo-store.js';
import { type Installation, restoreBackup, takeBackup } from './backups.js';
import { digestTables, type TableDigest } from './table-digest.js';

const engine = testEngine();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-backups-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A new installation: an empty data directory and, on PostgreSQL, an empty database. */
async function emptyInstallation(name: string): Promise<Installation> {
  return {
    databaseUrl: engine === 'postgres' ? await createPostgresTestDatabase() : undefined,
    dataDir: path.join(scratch, name),
    keyFromEnv: false,
  };
}

/** Opens the installation's database as the server would (which also migrates an empty one). */
async function open(installation: Installation, seeded?: Blob): Promise<Database> {
  return installation.databaseUrl
    ? openDatabase({ kind: 'postgres', url: installation.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: path.join(installation.dataDir), loadDataDir: seeded });
}

async function digestsOf(installation: Installation): Promise<Record<string, TableDigest>> {
  const database = await open(installation);
  try {
    return await digestTables(
      async (q) => (await database.db.execute(sql.raw(q))).rows as Record<string, unknown>[],
    );
  } finally {
    await database.close();
  }
}

const photoBytes = (installation: Installation, key: string) =>
  fs.readFileSync(path.join(installation.dataDir, 'photos', key));

let source: Installation;
let before: Record<string, TableDigest>;
const PHOTOS = ['ab/0a1b2c3d-photo.jpg', 'cd/4e5f6a7b-photo.jpg', 'ef/8c9d0e1f-photo.jpg'];

beforeAll(async () => {
  // The demo city, as a test file's own database, with photos and the data key beside it.
  source = { databaseUrl: undefined, dataDir: path.join(scratch, 'source'), keyFromEnv: false };
  if (engine === 'postgres') {
    source.databaseUrl = await createPostgresTestDatabase(inject('postgresTemplate'));
  } else {
    const seeded = await openTestDatabase();
    const tarball = await (seeded.db.$client as unknown as { dumpDataDir(): Promise<Blob> }).dumpDataDir();
    await seeded.close();
    await (await open(source, tarball)).close();
  }
  loadKeyRing({}, source.dataDir);
  const store = new DiskPhotoStore(path.join(source.dataDir, 'photos'));
  for (const [i, key] of PHOTOS.entries())
    await store.put(key, Buffer.from(`photo ${i} `.repeat(1000 * (i + 1))));
  before = await digestsOf(source);
}, 120_000);

describe(`npm run backup and npm run restore on ${engine}`, () => {
  let dir: string;

  it('backs up every table, every photo and the data key, and refuses to write over a directory', async () => {
    dir = path.join(scratch, 'backup-1');
    const manifest = await takeBackup(source, dir);
    expect(manifest.engine).toBe(engine);
    expect(manifest.tables).toEqual(before);
    // The demo city is in it: regions, accounts and categories.
    expect(manifest.tables['public.users']?.rows).toBeGreaterThan(10);
    expect(manifest.tables['public.regions']?.rows).toBeGreaterThan(100);
    expect(manifest.photos.map((p) => p.key)).toEqual(PHOTOS);
    expect(manifest.dataKey).toBe('included');
    expect(fs.existsSync(`${dir}.partial`)).toBe(false);
    await expect(takeBackup(source, dir)).rejects.toThrow(/exists already/);
  }, 120_000);

  it('restores into a new installation with every row, photo and the key equal to the original', async () => {
    const target = await emptyInstallation('restored');
    await restoreBackup(target, dir, { replace: false });
    // Compared from outside the restore's own check: the target's tables against the source's.
    expect(await digestsOf(target)).toEqual(before);
    for (const key of PHOTOS) expect(photoBytes(target, key).equals(photoBytes(source, key))).toBe(true);
    expect(fs.readFileSync(path.join(target.dataDir, 'data.key'))).toEqual(
      fs.readFileSync(path.join(source.dataDir, 'data.key')),
    );
  }, 120_000);

  it('refuses to restore over data unless asked, and then replaces it, keeping the old aside', async () => {
    const database = await open(source);
    await database.db.execute(sql`update users set display_name = display_name || '（改）'`);
    await database.close();
    const changed = await digestsOf(source);
    expect(changed).not.toEqual(before);

    await expect(restoreBackup(source, dir, { replace: false })).rejects.toThrow(/--replace/);
    expect(await digestsOf(source)).toEqual(changed);

    await restoreBackup(source, dir, { replace: true });
    expect(await digestsOf(source)).toEqual(before);
    if (engine === 'pglite') {
      expect(fs.readdirSync(source.dataDir).some((f) => f.startsWith('pg.replaced-'))).toBe(true);
    }
  }, 120_000);

  it('refuses a damaged backup, a backup of the other engine, and a directory that is not a backup', async () => {
    const damaged = path.join(scratch, 'damaged');
    fs.cpSync(dir, damaged, { recursive: true });
    fs.appendFileSync(path.join(damaged, 'photos', PHOTOS[0] as string), 'tampered');
    await expect(
      restoreBackup(await emptyInstallation('from-damaged'), damaged, { replace: false }),
    ).rejects.toThrow(/damaged/);

    const other = path.join(scratch, 'other-engine');
    fs.cpSync(dir, other, { recursive: true });
    const manifestFile = path.join(other, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.engine = engine === 'pglite' ? 'postgres' : 'pglite';
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(
      restoreBackup(await emptyInstallation('from-other'), other, { replace: false }),
    ).rejects.toThrow(/same kind/);

    await expect(
      restoreBackup(await emptyInstallation('from-nothing'), scratch, { replace: false }),
    ).rejects.toThrow(/not a finished Needle backup/);
  }, 120_000);
});
