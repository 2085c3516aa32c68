import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { photos } from '../photos/photos.tables.js';
import {
  communityNeeds,
  communityProjectMilestones,
  communityProjectNeeds,
  communityProjects,
} from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { applyMove } from './move-project.js';
import { recordProjectStep } from './project-events.js';
import { takesEvidence } from './project-state.js';
import { projectOf, projectView } from './project-view.js';

/**
 * Photos that may stand as close-out evidence: the giver's own uploads, or photos already shown on the
 * project's milestones (the owner often closes out on what the partner photographed along the way).
 */
async function assertEvidencePhotos(tx: Executor, projectId: string, photoIds: string[], userId: string) {
  const own = await tx
    .select({ id: photos.id })
    .from(photos)
    .where(and(inArray(photos.id, photoIds), eq(photos.uploadedBy, userId)));
  const onMilestones = await tx
    .select({ photoIds: communityProjectMilestones.photoIds })
    .from(communityProjectMilestones)
    .where(
      and(
        eq(communityProjectMilestones.projectId, projectId),
        arrayOverlaps(communityProjectMilestones.photoIds, photoIds),
      ),
    );
  const usable = new Set([...own.map((p) => p.id), ...onMilestones.flatMap((m) => m.photoIds)]);
  const missing = photoIds.filter((id) => !usable.has(id));
  if (missing.length > 0) {
    throw notFound('PHOTO_NOT_FOUND', `Photo ${missing.join(', ')} does not exist or is not yours`);
  }
}

/** Gives the evidence of a project's close-out (销号): a note and at least one photo. It may be given again. */
export async function giveEvidence(
  deps: ListsDeps,
  actor: AuthUser,
  id: string,
  input: { note: string; photoIds: string[] },
) {
  const now = nowOf(deps);
  const note = input.note.trim();
  if (!note || input.photoIds.length === 0) {
    throw badRequest('CLOSE_OUT_EVIDENCE_REQUIRED', 'Close-out needs a note and at least one photo');
  }
  return deps.db.transaction(async (tx) => {
    const before = await projectOf(tx, actor, id, true);
    if (!takesEvidence(before.state)) {
      throw conflict('PROJECT_NOT_IN_PROGRESS', 'Evidence is given for a project in progress');
    }
    await assertEvidencePhotos(tx, before.id, input.photoIds, actor.id);
    const [after] = await tx
      .update(communityProjects)
      .set({ evidenceNote: note, evidencePhotoIds: input.photoIds, evidenceBy: actor.id, evidenceAt: now })
      .where(eq(communityProjects.id, before.id))
      .returning();
    if (!after) throw new Error('the project update returned no row');
    await recordProjectStep(tx, {
      action: 'evidence',
      actorId: actor.id,
      at: now,
      note,
      data: { photoIds: input.photoIds },
      before,
      after,
    });
    return projectView(tx, after);
  });
}

/**
 * Signs a project off and closes it out (销号): only on evidence, and only by community or street staff
 * other than its owner, so that nobody closes out their own work alone. Its needs are then done.
 */
export async function signOff(deps: ListsDeps, actor: AuthUser, id: string, input: { note?: string }) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await projectOf(tx, actor, id, true);
    if (!actor.roles.includes('community_staff') && !actor.roles.includes('street_staff')) {
      throw forbidden('SIGN_OFF_BY_STAFF', 'A close-out is signed off by community or street staff');
    }
    if (before.ownerId === actor.id) {
      throw forbidden(
        'SIGN_OFF_BY_OWNER',
        'The owner cannot sign off their own project: ask another staff member',
      );
    }
    if (before.state === 'in_progress' && (!before.evidenceAt || before.evidencePhotoIds.length === 0)) {
      throw conflict(
        'CLOSE_OUT_EVIDENCE_REQUIRED',
        'Close-out needs evidence: a note and at least one photo',
      );
    }
    const after = await applyMove(tx, actor.id, before, 'sign_off', now, {
      note: input.note?.trim() ?? '',
      set: { signedOffBy: actor.id, closedAt: now },
    });
    const needIds = (
      await tx
        .select({ id: communityProjectNeeds.needId })
        .from(communityProjectNeeds)
        .where(eq(communityProjectNeeds.projectId, after.id))
    ).map((n) => n.id);
    if (needIds.length > 0) {
      await tx
        .update(communityNeeds)
        .set({ status: 'done' })
        .where(and(inArray(communityNeeds.id, needIds), eq(communityNeeds.status, 'planned')));
    }
    return projectView(tx, after);
  });
}
