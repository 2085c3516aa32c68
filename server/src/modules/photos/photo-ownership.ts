import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { photos } from './photos.tables.js';

/**
 * Checks that every photo a submission attaches exists and was uploaded by the submitter, so that
 * nobody can attach (and so reveal) someone else's photo by guessing its id.
 */
export async function assertOwnPhotos(db: Executor, ids: readonly string[], userId: string): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const found = await db
    .select({ id: photos.id })
    .from(photos)
    .where(and(inArray(photos.id, unique), eq(photos.uploadedBy, userId)));
  if (found.length !== unique.length) {
    const missing = unique.filter((id) => !found.some((f) => f.id === id));
    throw notFound('PHOTO_NOT_FOUND', `Photo ${missing.join(', ')} does not exist or is not yours`);
  }
}
