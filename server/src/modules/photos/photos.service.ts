import { randomUUID } from 'node:crypto';
import { and, arrayContains, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { districtHomeOf } from '../../lib/codes/region-code.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { caseEvents, cases } from '../cases/cases.tables.js';
import { whistleCalls, whistleOrders } from '../whistle/whistle.tables.js';
import { ordersVisibleTo } from '../whistle/whistle-scope.js';
import { onCareVisitKept } from './care-visit-photos.js';
import { cleanPhoto } from './clean-photo.js';
import { onRunDeliberation } from './deliberation-photos.js';
import type { PhotoStore } from './photo-store.js';
import { photos } from './photos.tables.js';
import { onKeptProject } from './project-photos.js';
import { onFollowedWish } from './wish-photos.js';

export type PhotoRow = typeof photos.$inferSelect;
export type PhotoVariant = 'full' | 'thumbnail';

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
      districtCode: j.kind === 'everywhere' ? '' : districtHomeOf(j.regionCode),
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

/**
 * Whoever may read a case may read the photos attached to it, and whoever may read a whistle order the
 * arrival photos of its calls, and whoever keeps a community's three lists the milestone and close-out
 * photos of its projects, whoever runs a community's deliberations its meetings' photos, and a community's staff and grid workers its care visits' photos: photos follow what they show, not who took them. A photo attached to nothing
 * yet is its uploader's alone.
 */
async function canSee(db: Db, viewer: AuthUser, photo: PhotoRow): Promise<boolean> {
  if (photo.uploadedBy === viewer.id) return true;
  const onVisibleCase = db
    .select({ one: sql`1` })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(arrayContains(caseEvents.photoIds, [photo.id]), casesVisibleTo(viewer)))
    .limit(1);
  const onVisibleOrder = db
    .select({ one: sql`1` })
    .from(whistleCalls)
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleCalls.orderId))
    .where(and(eq(whistleCalls.arrivalPhotoId, photo.id), ordersVisibleTo(viewer)))
    .limit(1);
  const [onCase, onOrder, onProject, onDeliberation, onWish, onCareVisit] = await Promise.all([
    onVisibleCase,
    onVisibleOrder,
    onKeptProject(db, viewer, photo.id),
    onRunDeliberation(db, viewer, photo.id),
    onFollowedWish(db, viewer, photo.id),
    onCareVisitKept(db, viewer, photo.id),
  ]);
  return onCase.length > 0 || onOrder.length > 0 || onProject || onDeliberation || onWish || onCareVisit;
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
  if (!photo || !(await canSee(db, viewer, photo))) throw missing();
  const bytes = await store.get(variant === 'full' ? photo.storageKey : photo.thumbnailKey);
  if (!bytes) throw missing();
  return { bytes, contentType: photo.contentType };
}
