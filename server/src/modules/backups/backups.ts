import fs from 'node:fs';
import path from 'node:path';
import { type BackupManifest, readManifest, writeManifest } from './backup-manifest.js';
import { dumpEmbedded, embeddedExists, restoreEmbedded } from './embedded-engine.js';
import { checkPhotos, copyPhotos, listPhotos } from './photo-files.js';
import { dumpPostgres, postgresHoldsTables, restorePostgres } from './postgres-engine.js';
import { digestDifferences } from './table-digest.js';

/** Where an installation keeps its data: the database, and the data directory with photos and key. */
export interface Installation {
  databaseUrl: string | undefined;
  dataDir: string;
  /** The data key comes from NEEDLE_DATA_KEY or NEEDLE_DATA_KEY_FILE, not `<data dir>/data.key`. */
  keyFromEnv: boolean;
}

const KEY_FILE = 'data.key';
const photosOf = (dataDir: string) => path.join(dataDir, 'photos');
const stampOf = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

/** The directory `npm run backup` writes when none is named. */
export const defaultBackupDir = (installation: Installation, at = new Date()): string =>
  path.resolve('backups', `needle-${installation.databaseUrl ? 'postgres' : 'pglite'}-${stampOf(at)}`);

/**
 * Backs up the database, then the photos, into a new directory. The database goes first: a photo
 * is stored before the row naming it commits, so every photo the dump names is on disk by then.
 * The work is done in `<dir>.partial` and renamed when complete, so an interrupted backup is never
 * mistaken for one.
 */
export async function takeBackup(
  installation: Installation,
  dir: string,
  at = new Date(),
): Promise<BackupManifest> {
  if (fs.existsSync(dir)) throw new Error(`${dir} exists already: name a new directory for the backup.`);
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  try {
    const engine = installation.databaseUrl ? 'postgres' : 'pglite';
    const databaseFile = engine === 'postgres' ? 'database.dump' : 'database.tar.gz';
    const tables = installation.databaseUrl
      ? await dumpPostgres(installation.databaseUrl, path.join(partial, databaseFile))
      : await dumpEmbedded(installation.dataDir, path.join(partial, databaseFile));
    const photos = await listPhotos(photosOf(installation.dataDir));
    await copyPhotos(photos, photosOf(installation.dataDir), path.join(partial, 'photos'));
    const keyFile = path.join(installation.dataDir, KEY_FILE);
    const withKey = !installation.keyFromEnv && fs.existsSync(keyFile);
    if (withKey) fs.copyFileSync(keyFile, path.join(partial, KEY_FILE));
    const manifest: BackupManifest = {
      format: 'needle-backup',
      version: 1,
      engine,
      takenAt: at.toISOString(),
      databaseFile,
      tables,
      photos,
      dataKey: withKey ? 'included' : 'kept-apart',
    };
    writeManifest(partial, manifest);
    fs.renameSync(partial, dir);
    return manifest;
  } catch (err) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw err;
  }
}

/** Puts the backup's data key in the data directory; another key there is kept aside, when allowed. */
function restoreKey(backupDir: string, dataDir: string, replace: boolean, stamp: string): void {
  const from = path.join(backupDir, KEY_FILE);
  const to = path.join(dataDir, KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(to)) {
    if (fs.readFileSync(to).equals(fs.readFileSync(from))) return;
    if (!replace) {
      throw new Error(`${to} holds another data key: pass --replace to keep it aside and use the backup's.`);
    }
    fs.renameSync(to, `${to}.replaced-${stamp}`);
  }
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
}

/**
 * Restores a backup into the installation and proves it: every table's rows and every photo are
 * compared with the manifest, and any difference fails the restore. An installation that holds data
 * already is replaced only when asked, and its embedded database and key are kept aside, not deleted.
 */
export async function restoreBackup(
  installation: Installation,
  dir: string,
  options: { replace: boolean },
  at = new Date(),
): Promise<BackupManifest> {
  const manifest = readManifest(dir);
  const engine = installation.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.engine !== engine) {
    throw new Error(
      `This backup is of the ${manifest.engine === 'postgres' ? 'PostgreSQL' : 'embedded'} database; ` +
        `restore it into the same kind (${manifest.engine === 'postgres' ? 'set DATABASE_URL' : 'unset DATABASE_URL'}).`,
    );
  }
  const occupied = installation.databaseUrl
    ? await postgresHoldsTables(installation.databaseUrl)
    : embeddedExists(installation.dataDir);
  if (occupied && !options.replace) {
    throw new Error(
      `The target database holds data already: pass --replace to restore over it${
        engine === 'pglite' ? ' (the current one is kept aside in the data directory)' : ''
      }.`,
    );
  }
  // A damaged backup is refused before anything of the installation is touched.
  await checkPhotos(manifest.photos, path.join(dir, 'photos'));
  const stamp = stampOf(at);
  if (manifest.dataKey === 'included') restoreKey(dir, installation.dataDir, options.replace, stamp);
  const databaseFile = path.join(dir, manifest.databaseFile);
  const restored = installation.databaseUrl
    ? await restorePostgres(installation.databaseUrl, databaseFile, options.replace)
    : await restoreEmbedded(installation.dataDir, databaseFile, stamp);
  const differences = digestDifferences(manifest.tables, restored);
  if (differences.length > 0) {
    throw new Error(`The restored database differs from the backup:\n  ${differences.join('\n  ')}`);
  }
  await copyPhotos(manifest.photos, path.join(dir, 'photos'), photosOf(installation.dataDir));
  return manifest;
}
