import type { ClaimInput } from '@needle/contract';
import { and, eq, inArray } from 'drizzle-orm';
import { badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { partnerResources } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { applyMove } from './move-project.js';
import { projectOf, projectView } from './project-view.js';
import { partnersOfCommunity, visiblePartner } from './resources.js';

export type { ClaimInput } from '@needle/contract';

/**
 * Records a partner unit's claim (认领) of an open project, with the note of why it fits and the
 * resources of the unit's it brings. Partner units have no accounts in Needle: community or street
 * staff record the claim on the unit's behalf, and the timeline says who did. Refused once the claim
 * deadline has passed, even before the 兜底 sweep has run.
 */
export async function claimProject(deps: ListsDeps, actor: AuthUser, id: string, input: ClaimInput) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await projectOf(tx, actor, id, true);
    if (before.state === 'open_for_claim' && before.claimDeadline.getTime() <= now.getTime()) {
      throw conflict(
        'CLAIM_DEADLINE_PASSED',
        'The claim deadline has passed: the project falls to the community',
      );
    }
    const unit = await visiblePartner(tx, deps.regions, actor, input.partnerUnitId);
    const [ofCommunity] = await tx
      .select({ id: partnerUnits.id })
      .from(partnerUnits)
      .where(and(eq(partnerUnits.id, unit.id), partnersOfCommunity(deps.regions, before.regionCode)));
    if (!ofCommunity) {
      throw notFound('PARTNER_UNIT_NOT_FOUND', `${unit.name} is not in an alliance this community draws on`);
    }
    if (!unit.active) throw badRequest('PARTNER_UNIT_INACTIVE', `${unit.name} has left the alliance`);
    const resourceIds = input.resourceIds ?? [];
    if (resourceIds.length > 0) {
      const own = await tx
        .select({ id: partnerResources.id })
        .from(partnerResources)
        .where(and(inArray(partnerResources.id, resourceIds), eq(partnerResources.partnerUnitId, unit.id)));
      if (own.length !== resourceIds.length) {
        throw notFound('RESOURCE_NOT_FOUND', `Some resources are not ${unit.name}'s`);
      }
    }
    const after = await applyMove(tx, actor.id, before, 'claim', now, {
      note: input.note.trim(),
      data: { partnerUnitId: unit.id, resourceIds },
      set: {
        claimedByPartnerUnitId: unit.id,
        claimNote: input.note.trim(),
        claimResourceIds: resourceIds,
        claimedAt: now,
        claimRecordedBy: actor.id,
      },
    });
    return projectView(tx, after);
  });
}
