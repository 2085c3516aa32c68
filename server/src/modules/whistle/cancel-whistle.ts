import { eq } from 'drizzle-orm';
import { badRequest } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notify } from '../notifications/notify.js';
import { recipientsOf } from './called-people.js';
import { assertOpen, lockOrderForOffice } from './order-access.js';
import { whistleCalls, whistleOrders } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

/** Calls a whistle off, with the reason, and tells everyone who was called not to come. */
export async function cancelWhistle(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  reason: string,
): Promise<void> {
  const why = reason.trim();
  if (!why) throw badRequest('REASON_REQUIRED', 'Say why the whistle is called off');
  const now = nowOf(deps);
  await deps.db.transaction(async (tx) => {
    const order = await lockOrderForOffice(tx, actor, orderId);
    assertOpen(order);
    await tx
      .update(whistleOrders)
      .set({ status: 'cancelled', closedAt: now })
      .where(eq(whistleOrders.id, order.id));
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      { action: 'cancel', note: why },
    );
    const calls = await tx
      .select({ departmentId: whistleCalls.departmentId, userId: whistleCalls.userId })
      .from(whistleCalls)
      .where(eq(whistleCalls.orderId, order.id));
    const people = new Set<string>();
    for (const call of calls) for (const id of await recipientsOf(tx, call)) people.add(id);
    people.delete(actor.id);
    await notify(tx, {
      userIds: [...people],
      kind: 'status_changed',
      caseId: null,
      title: `哨令 ${order.code} 已取消`,
      body: why,
      data: { whistleOrderId: order.id },
    });
  });
}
