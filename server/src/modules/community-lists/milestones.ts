import { and, eq, isNull } from 'drizzle-orm';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { communityProjectMilestones } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { recordProjectStep } from './project-events.js';
import { takesMilestones } from './project-state.js';
import { projectOf, projectView } from './project-view.js';

/** Adds a step of progress to a project that is not closed out. */
export async function addMilestone(
  deps: ListsDeps,
  actor: AuthUser,
  id: string,
  input: { title: string; dueDate: string },
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const project = await projectOf(tx, actor, id, true);
    if (!takesMilestones(project.state)) {
      throw conflict('PROJECT_STATE_CONFLICT', 'A closed-out project takes no more milestones');
    }
    const [milestone] = await tx
      .insert(communityProjectMilestones)
      .values({
        districtCode: project.districtCode,
        projectId: project.id,
        title: input.title.trim(),
        dueDate: input.dueDate,
        createdAt: now,
      })
      .returning();
    if (!milestone) throw new Error('the milestone insert returned no row');
    await recordProjectStep(tx, {
      action: 'add_milestone',
      actorId: actor.id,
      at: now,
      note: milestone.title,
      data: { milestoneId: milestone.id, dueDate: milestone.dueDate },
      before: project,
      after: project,
    });
    return projectView(tx, project);
  });
}

/**
 * Marks a milestone done with the photos that show it (uploaded by the one who marks it, so nobody
 * attaches a photo that is not theirs), once; the project must be under way.
 */
export async function completeMilestone(
  deps: ListsDeps,
  actor: AuthUser,
  id: string,
  milestoneId: string,
  input: { note?: string; photoIds: string[] },
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const project = await projectOf(tx, actor, id, true);
    if (project.state !== 'in_progress') {
      throw conflict('PROJECT_NOT_IN_PROGRESS', 'Milestones are completed while the project is in progress');
    }
    await assertOwnPhotos(tx, input.photoIds, actor.id);
    const [done] = await tx
      .update(communityProjectMilestones)
      .set({ doneAt: now, doneBy: actor.id, note: input.note?.trim() ?? '', photoIds: input.photoIds })
      .where(
        and(
          eq(communityProjectMilestones.id, milestoneId),
          eq(communityProjectMilestones.projectId, project.id),
          isNull(communityProjectMilestones.doneAt),
        ),
      )
      .returning();
    if (!done) {
      const [exists] = await tx
        .select({ id: communityProjectMilestones.id })
        .from(communityProjectMilestones)
        .where(
          and(
            eq(communityProjectMilestones.id, milestoneId),
            eq(communityProjectMilestones.projectId, project.id),
          ),
        );
      if (exists) throw conflict('MILESTONE_DONE', 'This milestone is already done');
      throw notFound('MILESTONE_NOT_FOUND', `Milestone ${milestoneId} is not one of this project's`);
    }
    await recordProjectStep(tx, {
      action: 'complete_milestone',
      actorId: actor.id,
      at: now,
      note: done.title,
      data: { milestoneId, photoIds: input.photoIds },
      before: project,
      after: project,
    });
    return projectView(tx, project);
  });
}
