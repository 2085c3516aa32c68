import { and, arrayContains, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { careVisits } from '../care/care.tables.js';
import { registryRoleOf } from '../registry/registry-office.js';

/**
 * Whether the photo was taken on a care visit in the viewer's area: community staff and grid workers
 * check each other's visits. Building leaders and the public never see them: they show people at home.
 */
export async function onCareVisitKept(db: Db, viewer: AuthUser, photoId: string): Promise<boolean> {
  if (registryRoleOf(viewer) === 'post_holder') return false;
  const found = await db
    .select({ one: sql`1` })
    .from(careVisits)
    .where(
      and(
        arrayContains(careVisits.photoIds, [photoId]),
        like(careVisits.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`),
      ),
    )
    .limit(1);
  return found.length > 0;
}
