import { and, eq, like } from 'drizzle-orm';
import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import { badRequest, conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { keptOrder, mustInspect } from './inspection-office.js';
import { rectificationEvents, rectificationOrders } from './inspections.tables.js';
import { orderViews } from './order-view.js';
import { escalationOf, surpriseMoment } from './rectification.js';

const DAY_MS = 86_400_000;
const nowOf = (deps: CaseDeps) => deps.now?.() ?? new Date();

/**
 * 回头看: the follow-up visit. Fixed, the order closes; not fixed, it stays open with a new deadline
 * and counts as reopened. A closed order is not followed up again.
 */
export async function followUp(
  deps: CaseDeps,
  actor: AuthUser,
  id: string,
  input: { fixed: boolean; note: string; photoIds?: string[]; fixWithinDays?: number },
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const order = await keptOrder(tx, actor, id, true);
    if (order.state === 'closed')
      throw conflict('ORDER_CLOSED', 'This order was confirmed fixed and is closed');
    await assertOwnPhotos(tx, input.photoIds ?? [], actor.id);
    const deadline = input.fixed
      ? order.deadline
      : new Date(now.getTime() + (input.fixWithinDays ?? 3) * DAY_MS);
    const [after] = await tx
      .update(rectificationOrders)
      .set(
        input.fixed
          ? { state: 'closed', closedAt: now, surpriseAt: null }
          : { deadline, reopened: order.reopened + 1, surpriseAt: null, escalatedTo: 'none' as const },
      )
      .where(and(eq(rectificationOrders.districtCode, order.districtCode), eq(rectificationOrders.id, id)))
      .returning();
    await tx.insert(rectificationEvents).values({
      districtCode: order.districtCode,
      orderId: id,
      at: now,
      actorId: actor.id,
      action: input.fixed ? 'confirm' : 'reopen',
      note: input.note.trim(),
      photoIds: input.photoIds ?? [],
      deadline: input.fixed ? null : deadline,
    });
    if (!after) throw new Error('the order update returned no row');
    return (await orderViews(tx, [after], now))[0];
  });
}

/** Schedules a surprise follow-up at a random moment between tomorrow and the day given. */
export async function scheduleSurprise(deps: CaseDeps, actor: AuthUser, id: string, before: string) {
  const now = nowOf(deps);
  const until = new Date(chinaMidnight(addDays(before, 1)) - 1);
  if (chinaDayOf(until) <= chinaDayOf(now)) throw badRequest('SURPRISE_IN_PAST', 'Give a day after today');
  return deps.db.transaction(async (tx) => {
    const order = await keptOrder(tx, actor, id, true);
    if (order.state === 'closed')
      throw conflict('ORDER_CLOSED', 'This order was confirmed fixed and is closed');
    const at = surpriseMoment(now, until, Math.random);
    const [after] = await tx
      .update(rectificationOrders)
      .set({ surpriseAt: at })
      .where(and(eq(rectificationOrders.districtCode, order.districtCode), eq(rectificationOrders.id, id)))
      .returning();
    await tx.insert(rectificationEvents).values({
      districtCode: order.districtCode,
      orderId: id,
      at: now,
      actorId: actor.id,
      action: 'schedule_surprise',
      deadline: at,
    });
    if (!after) throw new Error('the order update returned no row');
    return (await orderViews(tx, [after], now))[0];
  });
}

/** Orders of the viewer's area: open first by deadline; overdue ones flagged with how far they escalated. */
export async function listOrders(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { regionCode?: string; targetId?: string; state?: 'open' | 'closed'; overdueOnly?: boolean },
) {
  mustInspect(viewer);
  const prefix = registryListPrefix(viewer, q.regionCode);
  const now = nowOf(deps);
  const rows = await deps.db
    .select()
    .from(rectificationOrders)
    .where(
      and(
        like(rectificationOrders.regionCode, `${prefix}%`),
        q.targetId ? eq(rectificationOrders.targetId, q.targetId) : undefined,
        q.state ? eq(rectificationOrders.state, q.state) : undefined,
      ),
    )
    .orderBy(rectificationOrders.state, rectificationOrders.deadline)
    .limit(500);
  const shown = q.overdueOnly ? rows.filter((o) => escalationOf(o, now) !== 'none') : rows;
  return orderViews(deps.db, shown, now);
}
