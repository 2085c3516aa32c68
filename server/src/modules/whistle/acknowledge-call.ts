import { eq } from 'drizzle-orm';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { lockCallForStep } from './order-access.js';
import { whistleCalls } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

/** The called unit answers the whistle (收到): the first step of reporting in, timed. */
export async function acknowledgeCall(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  callId: string,
): Promise<void> {
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const { order, call } = await lockCallForStep(tx, actor, orderId, callId);
    if (call.acknowledgedAt) throw conflict('ALREADY_ACKNOWLEDGED', 'This call was already acknowledged');
    await tx.update(whistleCalls).set({ acknowledgedAt: now }).where(eq(whistleCalls.id, call.id));
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      { action: 'acknowledge', callId: call.id },
    );
  });
}
