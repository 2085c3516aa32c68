import path from 'node:path';
import { restoreBackup } from '../modules/backups/backups.js';
import { installationOf } from './installation.js';
import { exitWith } from './with-database.js';

/**
 * npm run restore -- <backup directory> [--replace]: restores the database, photos and data key into
 * the configured installation (stop Needle first when it runs on the embedded database), and checks
 * every table and photo against the backup's manifest.
 */
await exitWith(async () => {
  const args = process.argv.slice(2);
  const replace = args.includes('--replace');
  const dirs = args.filter((a) => a !== '--replace');
  if (dirs.length !== 1) {
    console.error('Usage: npm run restore -- <backup directory> [--replace]');
    return 2;
  }
  const dir = path.resolve(dirs[0] as string);
  const started = Date.now();
  const manifest = await restoreBackup(installationOf(), dir, { replace });
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored the backup of ${manifest.takenAt}: ${Object.keys(manifest.tables).length} tables (${rows} rows) ` +
      `and ${manifest.photos.length} photos, every one equal to the backup, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
});
