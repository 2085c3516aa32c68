import type { AuthUser } from '../auth/auth-user.js';
import { applyWishMove } from './move-wish.js';
import { wishStaffPrefix } from './wish-office.js';
import { staffWishOf, wishView } from './wish-view.js';
import { nowOf, type WishesDeps } from './wishes-deps.js';

/** Community staff approve a wish, so volunteers and partners may claim it, or reject it with the reason. */
export async function reviewWish(
  deps: WishesDeps,
  actor: AuthUser,
  id: string,
  verdict: { approve: true; note?: string } | { approve: false; reason: string },
) {
  wishStaffPrefix(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const row = await staffWishOf(tx, actor, id);
    const note = (verdict.approve ? verdict.note : verdict.reason)?.trim() || null;
    const after = await applyWishMove(tx, actor.id, row, verdict.approve ? 'approve' : 'reject', now, {
      note: note ?? undefined,
      set: { reviewNote: note, reviewedBy: actor.id, reviewedAt: now },
    });
    return wishView(tx, after, actor);
  });
}
