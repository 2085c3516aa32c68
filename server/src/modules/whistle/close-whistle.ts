import { eq } from 'drizzle-orm';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { caseIsOpen, casesOfOrder } from './linked-cases.js';
import { assertOpen, lockOrderForOffice } from './order-access.js';
import { whistleCalls, whistleOrders } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

/**
 * Closes a whistle order once its work is done: every case it was issued for has left the loop, or,
 * for a campaign without cases, every called unit has completed its part. Records how many of its
 * cases were closed as solved problems (seed 002 counts problems solved, not whistles).
 */
export async function closeWhistle(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  note = '',
): Promise<{ problemsSolved: number }> {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const order = await lockOrderForOffice(tx, actor, orderId);
    assertOpen(order);
    const linked = await casesOfOrder(tx, order.id);
    if (linked.length > 0) {
      const open = linked.filter(caseIsOpen);
      if (open.length > 0) {
        throw conflict(
          'CASES_OPEN',
          `Close the cases first; still open: ${open.map((c) => `${c.code} (${c.status})`).join(', ')}`,
        );
      }
    } else {
      const calls = await tx
        .select({ completedAt: whistleCalls.completedAt })
        .from(whistleCalls)
        .where(eq(whistleCalls.orderId, order.id));
      const pending = calls.filter((c) => c.completedAt === null).length;
      if (pending > 0) {
        throw conflict(
          'CALLS_NOT_COMPLETED',
          `${pending} of ${calls.length} called units have not completed`,
        );
      }
    }
    const problemsSolved = linked.filter((c) => c.status === 'closed').length;
    await tx
      .update(whistleOrders)
      .set({ status: 'closed', closedAt: now })
      .where(eq(whistleOrders.id, order.id));
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      { action: 'close', note: note.trim(), data: { problemsSolved } },
    );
    return { problemsSolved };
  });
}
