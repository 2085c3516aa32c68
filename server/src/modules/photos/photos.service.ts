import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import { cleanPhoto } from './clean-photo.js';
import type { PhotoStore } from './photo-store.js';
import { photos } from './photos.schema.js';

export type PhotoRow = typeof photos.$inferSelect;
export type PhotoVariant = 'full' | 'thumbnail';

/** The roles of the public: they see their own photos only, whatever area their account is tied to. */
const PUBLIC_ROLES: readonly Role[] = ['resident', 'courier'];

export async function savePhoto(db: Db, store: PhotoStore, uploader: AuthUser, upload: Buffer) {
  const clean = await cleanPhoto(upload);
  const id = randomUUID();
  // Spread over 256 directories so that none grows to millions of entries.
  const storageKey = `${id.slice(0, 2)}/${id}.jpg`;
  const thumbnailKey = `${id.slice(0, 2)}/${id}.thumb.jpg`;
  // Files first: a crash in between leaves an unreferenced file, never a row pointing at nothing.
  await store.put(storageKey, clean.bytes);
  await store.put(thumbnailKey, clean.thumbnail);
  const j = uploader.jurisdiction;
  const [row] = await db
    .insert(photos)
    .values({
      id,
      uploadedBy: uploader.id,
      regionCode: j.kind === 'everywhere' ? null : j.regionCode,
      contentType: clean.contentType,
      width: clean.width,
      height: clean.height,
      bytes: clean.bytes.length,
      storageKey,
      thumbnailKey,
    })
    .returning();
  if (!row) throw new Error('The photo insert returned no row');
  return row;
}

function canSee(viewer: AuthUser, photo: PhotoRow): boolean {
  if (photo.uploadedBy === viewer.id) return true;
  if (viewer.roles.every((r) => PUBLIC_ROLES.includes(r))) return false;
  // An empty prefix is the 'everywhere' administrator, who also sees photos held by no region.
  if (jurisdictionPrefix(viewer.jurisdiction) === '') return true;
  return photo.regionCode !== null && regionVisible(viewer.jurisdiction, photo.regionCode);
}

/** The JPEG bytes of a photo the viewer may see; anything else is "not found", so a guessed id learns nothing. */
export async function readPhoto(
  db: Db,
  store: PhotoStore,
  viewer: AuthUser,
  id: string,
  variant: PhotoVariant,
): Promise<{ bytes: Buffer; contentType: string }> {
  const [photo] = await db.select().from(photos).where(eq(photos.id, id));
  const missing = () =>
    notFound('PHOTO_NOT_FOUND', `Photo ${id} does not exist or is outside your jurisdiction`);
  if (!photo || !canSee(viewer, photo)) throw missing();
  const bytes = await store.get(variant === 'full' ? photo.storageKey : photo.thumbnailKey);
  if (!bytes) throw missing();
  return { bytes, contentType: photo.contentType };
}
