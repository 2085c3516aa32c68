import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { chinaMidnight, MS_PER_DAY } from '../../lib/calendar/china-time.js';
import type { AuthUser } from '../auth/auth-user.js';
import { whistleCalls, whistleOrderCases, whistleOrders } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { ordersVisibleTo } from './whistle-scope.js';
import { arrivedLate, orderView, reportInOverdue } from './whistle-view.js';

export interface WhistleFilter {
  status?: 'open' | 'closed' | 'cancelled';
  level?: 2 | 3;
  /** China days (YYYY-MM-DD) of issue, both inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The whistle orders the viewer may see, newest first, each with a count of its calls' report-ins. */
export async function listWhistles(deps: WhistleDeps, viewer: AuthUser, f: WhistleFilter) {
  const now = nowOf(deps);
  const where: (SQL | undefined)[] = [
    ordersVisibleTo(viewer),
    f.status ? eq(whistleOrders.status, f.status) : undefined,
    f.level ? eq(whistleOrders.level, f.level) : undefined,
    f.from ? gte(whistleOrders.issuedAt, new Date(chinaMidnight(f.from))) : undefined,
    f.to ? lt(whistleOrders.issuedAt, new Date(chinaMidnight(f.to) + MS_PER_DAY)) : undefined,
  ];
  const condition = and(...where);
  const [total] = await deps.db.select({ n: count() }).from(whistleOrders).where(condition);
  const orders = await deps.db
    .select()
    .from(whistleOrders)
    .where(condition)
    .orderBy(desc(whistleOrders.issuedAt), desc(whistleOrders.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const ids = orders.map((o) => o.id);
  const calls =
    ids.length === 0
      ? []
      : await deps.db
          .select({
            orderId: whistleCalls.orderId,
            acknowledgedAt: whistleCalls.acknowledgedAt,
            arrivedAt: whistleCalls.arrivedAt,
            completedAt: whistleCalls.completedAt,
          })
          .from(whistleCalls)
          .where(inArray(whistleCalls.orderId, ids));
  const caseCounts =
    ids.length === 0
      ? []
      : await deps.db
          .select({ orderId: whistleOrderCases.orderId, n: count() })
          .from(whistleOrderCases)
          .where(inArray(whistleOrderCases.orderId, ids))
          .groupBy(whistleOrderCases.orderId);
  return {
    total: Number(total?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
    items: orders.map((order) => {
      const own = calls.filter((c) => c.orderId === order.id);
      return {
        ...orderView(order, deps.regions.directory.node(order.regionCode)?.name ?? null),
        caseCount: Number(caseCounts.find((c) => c.orderId === order.id)?.n ?? 0),
        calls: {
          total: own.length,
          acknowledged: own.filter((c) => c.acknowledgedAt !== null).length,
          arrived: own.filter((c) => c.arrivedAt !== null).length,
          late: own.filter((c) => arrivedLate(order, c)).length,
          overdue: own.filter((c) => reportInOverdue(order, c, now)).length,
          completed: own.filter((c) => c.completedAt !== null).length,
        },
      };
    }),
  };
}
