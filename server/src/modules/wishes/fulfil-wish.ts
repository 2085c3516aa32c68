import type { FulfilWishInput } from '@needle/contract';
import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { applyWishMove } from './move-wish.js';
import { fulfiller } from './wish-state.js';
import { wishOf, wishView } from './wish-view.js';
import { nowOf, type WishesDeps } from './wishes-deps.js';

/**
 * The claimer shows the wish fulfilled with their own photos: the volunteer who claimed it, or staff of
 * the wish's community for a partner unit that did (the unit has no account to upload from).
 */
export async function fulfilWish(deps: WishesDeps, actor: AuthUser, id: string, input: FulfilWishInput) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const { row, access } = await wishOf(tx, actor, id, true);
    const allowed =
      fulfiller(row) === 'volunteer' ? row.claimerUserId === actor.id : access === 'staff' && !!row.claimedAt;
    if (!allowed && row.state === 'claimed') {
      throw forbidden('WISH_NOT_CLAIMER', 'Only whoever claimed the wish fulfils it');
    }
    await assertOwnPhotos(tx, input.photoIds, actor.id);
    const after = await applyWishMove(tx, actor.id, row, 'fulfil', now, {
      note: input.note?.trim(),
      data: { photoIds: input.photoIds },
      set: {
        fulfilNote: input.note?.trim() ?? '',
        fulfilPhotoIds: input.photoIds,
        fulfilledBy: actor.id,
        fulfilledAt: now,
      },
    });
    return wishView(tx, after, actor);
  });
}
