import { eq } from 'drizzle-orm';
import { badRequest, conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { lockCallForStep } from './order-access.js';
import { whistleCalls } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

/** The called unit reports its part of the task done, saying what it did. */
export async function completeCall(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  callId: string,
  note: string,
): Promise<void> {
  const said = note.trim();
  if (!said) throw badRequest('NOTE_REQUIRED', 'Say what was done');
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const { order, call } = await lockCallForStep(tx, actor, orderId, callId);
    if (!call.arrivedAt) throw conflict('NOT_ARRIVED', 'Report in on site before completing the task');
    if (call.completedAt) throw conflict('ALREADY_COMPLETED', 'This call was already completed');
    await tx
      .update(whistleCalls)
      .set({ completedAt: now, completionNote: said })
      .where(eq(whistleCalls.id, call.id));
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      { action: 'complete', callId: call.id, note: said },
    );
  });
}
