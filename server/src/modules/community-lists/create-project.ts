import type { ProjectInput } from '@needle/contract';
import { and, arrayOverlaps, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { communityNeeds, communityProjectNeeds, communityProjects } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { communityFor } from './lists-office.js';
import { recordProjectStep } from './project-events.js';
import { projectView } from './project-view.js';

export type { ProjectInput } from '@needle/contract';

/**
 * The staff who may answer for a community's project: its own community staff, or the street's staff
 * above it.
 */
async function assertOwner(tx: Executor, ownerId: string, communityCode: string, streetCode: string) {
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, ownerId),
        eq(users.active, true),
        or(
          and(eq(users.regionCode, communityCode), arrayOverlaps(users.roles, ['community_staff'])),
          and(eq(users.regionCode, streetCode), arrayOverlaps(users.roles, ['street_staff'])),
        ),
      ),
    );
  if (!owner) {
    throw notFound('OWNER_NOT_FOUND', `User ${ownerId} is not community or street staff of this community`);
  }
}

/**
 * Makes a draft project of one or more open needs of a community; the needs become planned. The owner
 * is a staff member of the community (or its street); the creator when none is named.
 */
export async function createProject(deps: ListsDeps, actor: AuthUser, input: ProjectInput) {
  const regionCode = communityFor(deps.regions, actor, input.regionCode);
  const streetCode = deps.regions.directory.node(regionCode)?.parentCode ?? '';
  const now = nowOf(deps);
  const claimDeadline = new Date(input.claimDeadline);
  if (claimDeadline.getTime() <= now.getTime()) {
    throw badRequest('CLAIM_DEADLINE_PAST', 'The claim deadline must be in the future');
  }
  if (input.dueDate < input.claimDeadline.slice(0, 10)) {
    throw badRequest('DUE_BEFORE_CLAIM_DEADLINE', 'The project is due before partners can claim it');
  }
  return deps.db.transaction(async (tx) => {
    const ownerId = input.ownerId ?? actor.id;
    await assertOwner(tx, ownerId, regionCode, streetCode);
    const needs = await tx
      .select()
      .from(communityNeeds)
      .where(and(inArray(communityNeeds.id, input.needIds), eq(communityNeeds.regionCode, regionCode)))
      .for('update');
    if (needs.length !== input.needIds.length) {
      const missing = input.needIds.filter((id) => !needs.some((n) => n.id === id));
      throw notFound('NEED_NOT_FOUND', `Need ${missing.join(', ')} is not on this community's list`);
    }
    const closed = needs.filter((n) => n.status === 'done' || n.status === 'dropped');
    if (closed.length > 0) {
      throw badRequest('NEED_CLOSED', `Need ${closed.map((n) => n.id).join(', ')} is done or dropped`);
    }
    const [project] = await tx
      .insert(communityProjects)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        year: input.year,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        budgetYuan: input.budgetYuan,
        ownerId,
        dueDate: input.dueDate,
        claimDeadline,
        createdBy: actor.id,
        createdAt: now,
      })
      .returning();
    if (!project) throw new Error('the project insert returned no row');
    await tx
      .insert(communityProjectNeeds)
      .values(
        needs.map((n) => ({ districtCode: project.districtCode, projectId: project.id, needId: n.id })),
      );
    await tx
      .update(communityNeeds)
      .set({ status: 'planned' })
      .where(inArray(communityNeeds.id, input.needIds));
    await recordProjectStep(tx, {
      action: 'create',
      actorId: actor.id,
      at: now,
      data: { needIds: input.needIds },
      after: project,
    });
    return projectView(tx, project);
  });
}
