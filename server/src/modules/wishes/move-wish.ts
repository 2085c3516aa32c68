import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { conflict } from '../../lib/errors/app-error.js';
import { recordWishStep, type WishRow } from './wish-events.js';
import { moveWish, type WishMove } from './wish-state.js';
import { microWishes } from './wishes.tables.js';

export interface WishMoveOptions {
  note?: string;
  data?: Record<string, unknown>;
  /** Columns the move sets besides the state. */
  set?: Partial<typeof microWishes.$inferInsert>;
}

/** Moves a locked wish along the state machine, with its timeline step and audit, or refuses with 409. */
export async function applyWishMove(
  tx: Executor,
  actorId: string,
  before: WishRow,
  move: WishMove,
  at: Date,
  options: WishMoveOptions = {},
): Promise<WishRow> {
  const to = moveWish(before.state, move);
  if (!to) {
    throw conflict('WISH_STATE_CONFLICT', `A wish that is ${before.state} cannot take the step ${move}`);
  }
  const [after] = await tx
    .update(microWishes)
    .set({ ...options.set, state: to })
    .where(eq(microWishes.id, before.id))
    .returning();
  if (!after) throw new Error('the wish update returned no row');
  await recordWishStep(tx, {
    action: move,
    actorId,
    at,
    note: options.note,
    data: options.data,
    before,
    after,
  });
  return after;
}
