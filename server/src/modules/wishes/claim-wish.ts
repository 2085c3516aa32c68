import type { ClaimWishInput } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { partnersOfCommunity, visiblePartner } from '../community-lists/resources.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { applyWishMove } from './move-wish.js';
import { wishRole } from './wish-office.js';
import { staffWishOf, wishOf, wishView } from './wish-view.js';
import { nowOf, type WishesDeps } from './wishes-deps.js';

/**
 * Claims an approved wish (认领). A resident claims it as a volunteer, for themselves; staff record a
 * partner unit's claim on the unit's behalf (partner units have no accounts), naming a unit of an
 * alliance the wish's community draws on. The first claim wins: the row lock makes a second one find
 * the wish claimed.
 */
export async function claimWish(deps: WishesDeps, actor: AuthUser, id: string, input: ClaimWishInput) {
  const role = wishRole(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    if (role === 'resident') {
      if (input.partnerUnitId) {
        throw forbidden('WISH_STAFF_ONLY', 'Only staff record a partner unit’s claim');
      }
      const { row } = await wishOf(tx, actor, id, true);
      if (row.wisherId === actor.id || row.postedBy === actor.id) {
        throw conflict('WISH_OWN_CLAIM', 'You cannot claim your own wish');
      }
      const after = await applyWishMove(tx, actor.id, row, 'claim', now, {
        note: input.note?.trim(),
        data: { kind: 'volunteer' },
        set: { claimerUserId: actor.id, claimRecordedBy: actor.id, claimedAt: now },
      });
      return wishView(tx, after, actor);
    }
    if (role !== 'staff')
      throw forbidden('WISH_STAFF_ONLY', 'Grid workers post wishes; volunteers claim them');
    if (!input.partnerUnitId) {
      throw badRequest('PARTNER_UNIT_REQUIRED', 'Name the partner unit whose claim you record');
    }
    const row = await staffWishOf(tx, actor, id);
    const unit = await visiblePartner(tx, deps.regions, actor, input.partnerUnitId);
    const [ofCommunity] = await tx
      .select({ id: partnerUnits.id })
      .from(partnerUnits)
      .where(and(eq(partnerUnits.id, unit.id), partnersOfCommunity(deps.regions, row.regionCode)));
    if (!ofCommunity) {
      throw notFound('PARTNER_UNIT_NOT_FOUND', `${unit.name} is not in an alliance this community draws on`);
    }
    if (!unit.active) throw badRequest('PARTNER_UNIT_INACTIVE', `${unit.name} has left the alliance`);
    const after = await applyWishMove(tx, actor.id, row, 'claim', now, {
      note: input.note?.trim(),
      data: { kind: 'partner_unit', partnerUnitId: unit.id },
      set: { claimerPartnerUnitId: unit.id, claimRecordedBy: actor.id, claimedAt: now },
    });
    return wishView(tx, after, actor);
  });
}
