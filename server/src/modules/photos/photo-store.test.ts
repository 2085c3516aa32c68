import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskPhotoStore } from './photo-store.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('DiskPhotoStore', () => {
  const store = new DiskPhotoStore(path.join(root, 'photos'));

  it('stores under subdirectories it creates and reads back; a missing key is null', async () => {
    await store.put('ab/abc-1.thumb.jpg', Buffer.from('bytes'));
    expect((await store.get('ab/abc-1.thumb.jpg'))?.toString()).toBe('bytes');
    expect(fs.readdirSync(path.join(root, 'photos', 'ab'))).toEqual(['abc-1.thumb.jpg']);
    expect(await store.get('ab/nothing.jpg')).toBeNull();
  });

  it.each(['../escape.jpg', 'ab/../../escape.jpg', '/etc/passwd', 'ab/.hidden', 'AB/x.jpg', '', 'a\\b.jpg'])(
    'refuses the key %j',
    async (key) => {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Refusing/);
      await expect(store.get(key)).rejects.toThrow(/Refusing/);
    },
  );
});
