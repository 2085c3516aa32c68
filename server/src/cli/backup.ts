import path from 'node:path';
import { defaultBackupDir, takeBackup } from '../modules/backups/backups.js';
import { installationOf } from './installation.js';
import { exitWith } from './with-database.js';

/** npm run backup [-- <directory>]: the database, the photos and the data key, into a new directory. */
await exitWith(async () => {
  const installation = installationOf();
  const named = process.argv[2];
  const dir = named ? path.resolve(named) : defaultBackupDir(installation);
  const started = Date.now();
  const manifest = await takeBackup(installation, dir);
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  const bytes = manifest.photos.reduce((sum, p) => sum + p.bytes, 0);
  console.log(
    `Backed up ${Object.keys(manifest.tables).length} tables (${rows} rows) and ${manifest.photos.length} photos ` +
      `(${bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`}) to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(
    manifest.dataKey === 'included'
      ? "The data key is in the backup (data.key): keep the backup as safe as the residents' data it opens."
      : 'The data key (NEEDLE_DATA_KEY or its file) is not in the backup: keep it apart, a restore needs it.',
  );
  return 0;
});
