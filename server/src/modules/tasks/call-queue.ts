import type { CallTask, CallTaskStep } from '@needle/contract';
import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { WhistleCallRow } from '../whistle/order-access.js';
import { whistleCalls, whistleOrders } from '../whistle/whistle.tables.js';
import { ordersVisibleTo, whistlingOffice } from '../whistle/whistle-scope.js';
import { reportInOverdue } from '../whistle/whistle-view.js';
import { QUEUE_ITEMS } from './case-queue.js';

/**
 * The calls the user reports in for, as answersFor() judges one call (whistle/order-access.ts): the
 * called department's staff, the called member, and for a partner unit, which has no accounts, the
 * office that issued the order.
 */
function answeredBy(user: AuthUser): SQL {
  const j = user.jurisdiction;
  const office = whistlingOffice(user);
  return or(
    and(eq(whistleCalls.targetKind, 'member'), eq(whistleCalls.userId, user.id)),
    j.kind === 'department'
      ? and(eq(whistleCalls.targetKind, 'department'), eq(whistleCalls.departmentId, j.departmentId))
      : undefined,
    office
      ? and(
          eq(whistleCalls.targetKind, 'partner'),
          eq(whistleOrders.level, office.level),
          eq(whistleOrders.regionCode, office.regionCode),
        )
      : undefined,
  ) as SQL;
}

/** The step a call waits for next: 收到, then 报到 on site, then 完成. */
function nextStep(call: WhistleCallRow): CallTaskStep {
  if (!call.acknowledgedAt) return 'acknowledge';
  return call.arrivedAt ? 'complete' : 'arrive';
}

/** The calls of open orders the user answers for and has not completed: the phone's queue and the workbench's. */
export const callsToAnswer = (user: AuthUser) =>
  and(
    eq(whistleOrders.status, 'open'),
    isNull(whistleCalls.completedAt),
    ordersVisibleTo(user),
    answeredBy(user),
  );

/**
 * The calls of open orders the user answers for and has not completed, the nearest report-in deadline
 * first, with how many there are in all.
 */
export async function callQueue(
  db: Executor,
  user: AuthUser,
  now: Date,
): Promise<{ count: number; items: CallTask[] }> {
  const rows = await db
    .select({ order: whistleOrders, call: whistleCalls, total: sql<number>`(count(*) over ())::int` })
    .from(whistleCalls)
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleCalls.orderId))
    .where(callsToAnswer(user))
    .orderBy(asc(whistleOrders.reportDeadlineAt), asc(whistleOrders.issuedAt), asc(whistleCalls.id))
    .limit(QUEUE_ITEMS);
  return {
    count: Number(rows[0]?.total ?? 0),
    items: rows.map(({ order, call }) => ({
      kind: 'call' as const,
      id: order.id,
      callId: call.id,
      code: order.code,
      level: order.level,
      title: order.title,
      task: call.task,
      place: order.place,
      step: nextStep(call),
      reportDeadlineAt: order.reportDeadlineAt.toISOString(),
      overdue: reportInOverdue(order, call, now),
      issuedAt: order.issuedAt.toISOString(),
    })),
  };
}
