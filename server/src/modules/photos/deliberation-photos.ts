import { and, arrayContains, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { deliberationMeetings, deliberations } from '../deliberations/deliberations.tables.js';
import { deliberationsPrefix, runsDeliberations } from '../deliberations/deliberations-office.js';

/**
 * Whether the photo was taken at a meeting of a deliberation the viewer runs: its community's staff,
 * its street's staff and the administrator see the meeting photos whoever recorded them. The public
 * board shows no meeting photos.
 */
export async function onRunDeliberation(db: Db, viewer: AuthUser, photoId: string): Promise<boolean> {
  if (!runsDeliberations(viewer)) return false;
  const prefix = deliberationsPrefix(viewer);
  const found = await db
    .select({ one: sql`1` })
    .from(deliberationMeetings)
    .innerJoin(deliberations, eq(deliberations.id, deliberationMeetings.deliberationId))
    .where(
      and(
        arrayContains(deliberationMeetings.photoIds, [photoId]),
        like(deliberations.regionCode, `${prefix}%`),
      ),
    )
    .limit(1);
  return found.length > 0;
}
