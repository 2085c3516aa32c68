import { and, arrayContains, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { communityProjectMilestones, communityProjects } from '../community-lists/community-lists.tables.js';
import { keepsLists, listsPrefix } from '../community-lists/lists-office.js';

/**
 * Whether the photo shows a project the viewer keeps the lists of: a milestone's photo or close-out
 * evidence (销号) of a project in their community, or in their street's communities. The public page
 * shows only how many photos a milestone has, never the photos.
 */
export async function onKeptProject(db: Db, viewer: AuthUser, photoId: string): Promise<boolean> {
  if (!keepsLists(viewer)) return false;
  const inArea = like(communityProjects.regionCode, `${listsPrefix(viewer)}%`);
  const [onMilestone, asEvidence] = await Promise.all([
    db
      .select({ one: sql`1` })
      .from(communityProjectMilestones)
      .innerJoin(communityProjects, eq(communityProjects.id, communityProjectMilestones.projectId))
      .where(and(arrayContains(communityProjectMilestones.photoIds, [photoId]), inArea))
      .limit(1),
    db
      .select({ one: sql`1` })
      .from(communityProjects)
      .where(and(arrayContains(communityProjects.evidencePhotoIds, [photoId]), inArea))
      .limit(1),
  ]);
  return onMilestone.length > 0 || asEvidence.length > 0;
}
