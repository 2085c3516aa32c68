import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { awardParticipation } from '../points/participation-awards.js';
import { applyWishMove } from './move-wish.js';
import { confirmer } from './wish-state.js';
import { wishOf, wishView } from './wish-view.js';
import { nowOf, type WishesDeps } from './wishes-deps.js';

/**
 * The wisher confirms the wish came true (or staff do, for a wisher a grid worker posted for, who has no
 * account). A volunteer who fulfilled it is credited points in the same transaction; a partner unit
 * has no points account.
 */
export async function confirmWish(deps: WishesDeps, actor: AuthUser, id: string, note?: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const { row, access } = await wishOf(tx, actor, id, true);
    const allowed = confirmer(row) === 'wisher' ? row.wisherId === actor.id : access === 'staff';
    if (!allowed) {
      throw forbidden(
        'WISH_CONFIRM_BY_WISHER',
        confirmer(row) === 'wisher'
          ? 'The wisher confirms their own wish'
          : 'Community staff confirm a wish posted for someone',
      );
    }
    const after = await applyWishMove(tx, actor.id, row, 'confirm', now, {
      note: note?.trim(),
      set: { confirmedBy: actor.id, confirmedAt: now },
    });
    if (after.claimerUserId) {
      await awardParticipation(tx, {
        userId: after.claimerUserId,
        reason: 'wish_fulfilled',
        source: `wish:${after.id}`,
        quantity: 1,
        at: now,
      });
    }
    return wishView(tx, after, actor);
  });
}
