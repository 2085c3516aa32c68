import { and, arrayContains, eq, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { wishRoleOf } from '../wishes/wish-office.js';
import { microWishes } from '../wishes/wishes.tables.js';

/**
 * Whether the photo shows a micro-wish fulfilled for the viewer: the wisher sees how their wish came
 * true, and staff of the wish's area see it to confirm for a wisher without an account. The volunteer
 * who took it already sees it as its uploader; nobody else does, and the public page shows no photos.
 */
export async function onFollowedWish(db: Db, viewer: AuthUser, photoId: string): Promise<boolean> {
  const keeps =
    wishRoleOf(viewer) === 'staff'
      ? like(microWishes.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`)
      : undefined;
  const found = await db
    .select({ one: sql`1` })
    .from(microWishes)
    .where(
      and(
        arrayContains(microWishes.fulfilPhotoIds, [photoId]),
        keeps ? or(eq(microWishes.wisherId, viewer.id), keeps) : eq(microWishes.wisherId, viewer.id),
      ),
    )
    .limit(1);
  return found.length > 0;
}
