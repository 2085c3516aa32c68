import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where photo bytes live. The database holds only keys, so object storage (OSS, COS, MinIO) can
 * replace the disk later behind this same interface.
 */
export interface PhotoStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes stored under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
}

// Keys are made by the server (`ab/<uuid>.jpg`); anything else reaching the store is a bug.
const KEY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;

/** Files under one directory, a key's slashes being subdirectories. */
export class DiskPhotoStore implements PhotoStore {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a reader never sees half a photo after a crash mid-write.
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await fs.writeFile(partial, bytes);
      await fs.rename(partial, file);
    } catch (err) {
      await fs.rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.fileOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  private fileOf(key: string): string {
    // Keys never come from clients, but a path outside the root must be impossible, not just unlikely.
    const file = path.resolve(this.root, key);
    if (!KEY.test(key) || !file.startsWith(this.root + path.sep)) {
      throw new Error(`Refusing photo storage key ${JSON.stringify(key)}`);
    }
    return file;
  }
}
