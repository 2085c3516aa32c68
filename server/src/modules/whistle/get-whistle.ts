import { and, asc, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { departments } from '../departments/departments.tables.js';
import { users } from '../users/users.tables.js';
import { casesOfOrder } from './linked-cases.js';
import {
  partnerUnits,
  whistleCalls,
  whistleEvaluations,
  whistleEvents,
  whistleOrders,
} from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { ordersVisibleTo } from './whistle-scope.js';
import { callView, orderView } from './whistle-view.js';

const KIND_ORDER = ['department', 'partner', 'member'];

/** One whistle order with its calls (late flags, evaluations), its cases and its timeline. */
export async function getWhistle(deps: WhistleDeps, viewer: AuthUser, id: string) {
  const now = nowOf(deps);
  const [found] = await deps.db
    .select({ order: whistleOrders, issuedByName: users.displayName })
    .from(whistleOrders)
    .leftJoin(users, eq(users.id, whistleOrders.issuedBy))
    .where(and(eq(whistleOrders.id, id), ordersVisibleTo(viewer)));
  if (!found)
    throw notFound('WHISTLE_NOT_FOUND', `Whistle order ${id} does not exist or is outside your jurisdiction`);
  const { order } = found;

  const calls = await deps.db
    .select({
      call: whistleCalls,
      departmentName: departments.name,
      partnerUnitName: partnerUnits.name,
      memberName: users.displayName,
      evaluation: {
        score: whistleEvaluations.score,
        reportedInOnTime: whistleEvaluations.reportedInOnTime,
        solved: whistleEvaluations.solved,
        cooperation: whistleEvaluations.cooperation,
        comment: whistleEvaluations.comment,
        createdAt: whistleEvaluations.createdAt,
      },
    })
    .from(whistleCalls)
    .leftJoin(departments, eq(departments.id, whistleCalls.departmentId))
    .leftJoin(partnerUnits, eq(partnerUnits.id, whistleCalls.partnerUnitId))
    .leftJoin(users, eq(users.id, whistleCalls.userId))
    .leftJoin(whistleEvaluations, eq(whistleEvaluations.callId, whistleCalls.id))
    .where(eq(whistleCalls.orderId, order.id));

  const events = await deps.db
    .select({
      id: whistleEvents.id,
      at: whistleEvents.at,
      actorId: whistleEvents.actorId,
      actorName: users.displayName,
      action: whistleEvents.action,
      callId: whistleEvents.callId,
      note: whistleEvents.note,
      data: whistleEvents.data,
    })
    .from(whistleEvents)
    .leftJoin(users, eq(users.id, whistleEvents.actorId))
    .where(eq(whistleEvents.orderId, order.id))
    .orderBy(asc(whistleEvents.id));

  const closing = events.find((e) => e.action === 'close')?.data as { problemsSolved?: number } | null;
  const linked = await casesOfOrder(deps.db, order.id);
  const callViews = calls
    .map((r) => ({
      ...callView(order, r.call, r.departmentName ?? r.partnerUnitName ?? r.memberName ?? null, now),
      evaluation: r.evaluation ? { ...r.evaluation, createdAt: r.evaluation.createdAt.toISOString() } : null,
    }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.targetKind) - KIND_ORDER.indexOf(b.targetKind) ||
        (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN') ||
        a.id.localeCompare(b.id),
    );
  return {
    order: {
      ...orderView(order, deps.regions.directory.node(order.regionCode)?.name ?? null),
      issuedByName: found.issuedByName,
      problemsSolved: closing?.problemsSolved ?? null,
    },
    calls: callViews,
    cases: linked.map((c) => ({ id: c.id, code: c.code, status: c.status })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString(), actorName: e.actorName ?? null })),
  };
}
