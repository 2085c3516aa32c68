import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** One stored photo, by its key (its path under the photo directory). */
export interface PhotoFile {
  key: string;
  bytes: number;
  sha256: string;
}

/** Every photo under the directory, with its digest; none when there is no directory yet. */
export async function listPhotos(root: string): Promise<PhotoFile[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch((err) => {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  });
  const files: PhotoFile[] = [];
  for (const entry of entries) {
    // A .partial is a write a crash cut short: the photo store never names it.
    if (!entry.isFile() || entry.name.endsWith('.partial')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await fs.readFile(file);
    files.push({
      key: path.relative(root, file).split(path.sep).join('/'),
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return files.sort((a, b) => a.key.localeCompare(b.key));
}

/** Checks that every listed photo is in the directory as the list says, before anything is written. */
export async function checkPhotos(files: PhotoFile[], dir: string): Promise<void> {
  for (const photo of files) {
    const bytes = await fs.readFile(path.join(dir, photo.key)).catch(() => null);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== photo.sha256) {
      throw new Error(
        `Photo ${photo.key} is missing or damaged in ${dir}: its digest differs from the manifest's.`,
      );
    }
  }
}

/**
 * Copies the listed photos from one directory to another. The digests are checked where the photos
 * come from somewhere that could be damaged (a backup, by checkPhotos before a restore starts); a
 * stored photo is written once and never changes, so its listing holds while it is copied.
 */
export async function copyPhotos(files: PhotoFile[], from: string, to: string): Promise<void> {
  for (const photo of files) {
    const target = path.join(to, photo.key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(path.join(from, photo.key), target);
  }
}
