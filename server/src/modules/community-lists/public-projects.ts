import { asc, desc, eq, inArray, sum } from 'drizzle-orm';
import { notFound } from '../../lib/errors/app-error.js';
import { users } from '../users/users.tables.js';
import {
  communityNeeds,
  communityProjectMilestones,
  communityProjectNeeds,
  communityProjects,
} from './community-lists.tables.js';
import type { ListsDeps } from './lists-deps.js';
import { partnerNames } from './project-view.js';

/**
 * A community's projects as anyone may read them, signed in or not: titles, states, budgets, the
 * partner unit that claimed each, milestones with how many photos show them. Nothing about people:
 * no names, phones or ids of staff or residents, no photo ids (photos are served to staff only).
 * Drafts are the office's own and are left out.
 */
export async function publicProjects(deps: ListsDeps, code: string) {
  const community = deps.regions.directory.node(code);
  if (community?.level !== 'community') {
    throw notFound('REGION_NOT_FOUND', `There is no community ${code}`);
  }
  const rows = await deps.db
    .select()
    .from(communityProjects)
    .where(eq(communityProjects.regionCode, code))
    .orderBy(desc(communityProjects.year), desc(communityProjects.createdAt))
    .limit(500);
  const shown = rows.filter((p) => p.state !== 'draft');
  const ids = shown.map((p) => p.id);
  const [milestones, households, units, owners] = await Promise.all([
    ids.length === 0
      ? []
      : deps.db
          .select()
          .from(communityProjectMilestones)
          .where(inArray(communityProjectMilestones.projectId, ids))
          .orderBy(asc(communityProjectMilestones.dueDate), asc(communityProjectMilestones.createdAt)),
    ids.length === 0
      ? []
      : deps.db
          .select({ projectId: communityProjectNeeds.projectId, n: sum(communityNeeds.households) })
          .from(communityProjectNeeds)
          .innerJoin(communityNeeds, eq(communityNeeds.id, communityProjectNeeds.needId))
          .where(inArray(communityProjectNeeds.projectId, ids))
          .groupBy(communityProjectNeeds.projectId),
    partnerNames(
      deps.db,
      shown.flatMap((p) => (p.claimedByPartnerUnitId ? [p.claimedByPartnerUnitId] : [])),
    ),
    ids.length === 0
      ? []
      : deps.db
          .select({ id: users.id, roles: users.roles })
          .from(users)
          .where(inArray(users.id, [...new Set(shown.map((p) => p.ownerId))])),
  ]);
  // The owner as the role they answer in, which the page names: never the person.
  const ownerRole = (ownerId: string) =>
    owners.find((o) => o.id === ownerId)?.roles.includes('community_staff')
      ? 'community_staff'
      : 'street_staff';
  return {
    community: { code: community.code, name: community.name },
    projects: shown.map((p) => ({
      title: p.title,
      year: p.year,
      state: p.state,
      budgetYuan: p.budgetYuan,
      dueDate: p.dueDate,
      claimDeadline: p.claimDeadline.toISOString(),
      partnerUnitName: p.claimedByPartnerUnitId ? (units.get(p.claimedByPartnerUnitId) ?? null) : null,
      ownerRole: ownerRole(p.ownerId),
      households: Number(households.find((h) => h.projectId === p.id)?.n ?? 0),
      milestones: milestones
        .filter((m) => m.projectId === p.id)
        .map((m) => ({
          title: m.title,
          dueDate: m.dueDate,
          doneAt: m.doneAt?.toISOString() ?? null,
          photoCount: m.photoIds.length,
        })),
      closedAt: p.closedAt?.toISOString() ?? null,
    })),
  };
}
