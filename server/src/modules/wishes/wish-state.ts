import type { WishState } from '@needle/contract';

/** The steps that move a micro-wish (微心愿) from one state to the next. */
export type WishMove = 'approve' | 'reject' | 'claim' | 'fulfil' | 'confirm';

/**
 * A wish is reviewed by community staff before anyone sees it, so that nothing unfit for volunteers
 * (a need for relief money, a medical matter) is offered to them; approved, it waits for one claimer;
 * the claimer fulfils it with a photo, and the wisher's confirmation closes it. A rejection is final: the
 * wisher posts a new wish if circumstances change.
 */
const MOVES: Record<WishMove, { from: WishState; to: WishState }> = {
  approve: { from: 'pending_review', to: 'approved' },
  reject: { from: 'pending_review', to: 'rejected' },
  claim: { from: 'approved', to: 'claimed' },
  fulfil: { from: 'claimed', to: 'fulfilled' },
  confirm: { from: 'fulfilled', to: 'confirmed' },
};

/** The state a move leads to from `state`, or null when the move is not open from there. */
export function moveWish(state: WishState, move: WishMove): WishState | null {
  const rule = MOVES[move];
  return rule.from === state ? rule.to : null;
}

/** Who may confirm a fulfilled wish: the wisher, or staff when a grid worker posted it for someone without an account. */
export function confirmer(wish: { wisherId: string | null }): 'wisher' | 'staff' {
  return wish.wisherId ? 'wisher' : 'staff';
}

/** Who may fulfil a claimed wish: the volunteer who claimed it, or staff for the partner unit that did. */
export function fulfiller(wish: { claimerUserId: string | null }): 'volunteer' | 'staff' {
  return wish.claimerUserId ? 'volunteer' : 'staff';
}
