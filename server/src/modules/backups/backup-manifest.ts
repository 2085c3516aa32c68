import fs from 'node:fs';
import path from 'node:path';
import type { PhotoFile } from './photo-files.js';
import type { TableDigest } from './table-digest.js';

export const MANIFEST = 'manifest.json';

/** What a backup directory holds, written last: a directory without it is not a finished backup. */
export interface BackupManifest {
  format: 'needle-backup';
  version: 1;
  engine: 'pglite' | 'postgres';
  takenAt: string;
  /** The database file in the directory: a PGlite data directory tarball, or a pg_dump archive. */
  databaseFile: string;
  tables: Record<string, TableDigest>;
  photos: PhotoFile[];
  /**
   * Whether the key residents' ID numbers and phones are sealed with is in the backup ('data.key'):
   * it is when it lives in the data directory; a key from NEEDLE_DATA_KEY or its file is kept apart.
   */
  dataKey: 'included' | 'kept-apart';
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) {
    throw new Error(`${dir} is not a finished Needle backup: it has no ${MANIFEST}.`);
  }
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 'needle-backup' || manifest.version !== 1) {
    throw new Error(`${file} is not a Needle backup manifest of a version this Needle reads.`);
  }
  return manifest;
}

export function writeManifest(dir: string, manifest: BackupManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}
