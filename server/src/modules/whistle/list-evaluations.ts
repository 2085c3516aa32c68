import { and, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { departments } from '../departments/departments.tables.js';
import { chinaMonthOf, monthSpan } from './china-periods.js';
import { streetEvaluations, whistleCalls, whistleEvaluations, whistleOrders } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

/**
 * Both directions of 双向考核 for a month, as far as the viewer's jurisdiction reaches: region staff
 * see the scores their area's offices gave and got; department staff see their own department's.
 */
export async function listEvaluations(deps: WhistleDeps, viewer: AuthUser, month?: string) {
  const period = month ?? chinaMonthOf(nowOf(deps));
  const { start, end } = monthSpan(period);
  const j = viewer.jurisdiction;
  const prefix = jurisdictionPrefix(j);
  const ofDepartments: SQL =
    j.kind === 'department'
      ? eq(whistleCalls.departmentId, j.departmentId)
      : (like(whistleOrders.regionCode, `${prefix}%`) as SQL);
  const ofStreets: SQL =
    j.kind === 'department'
      ? eq(streetEvaluations.departmentId, j.departmentId)
      : j.kind === 'everywhere'
        ? sql`true`
        : (like(streetEvaluations.streetCode, `${prefix}%`) as SQL);

  const departmentRows = await deps.db
    .select({
      id: whistleEvaluations.id,
      orderId: whistleOrders.id,
      orderCode: whistleOrders.code,
      callId: whistleCalls.id,
      streetCode: whistleOrders.regionCode,
      departmentId: departments.id,
      departmentName: departments.name,
      reportedInOnTime: whistleEvaluations.reportedInOnTime,
      solved: whistleEvaluations.solved,
      cooperation: whistleEvaluations.cooperation,
      score: whistleEvaluations.score,
      comment: whistleEvaluations.comment,
      createdAt: whistleEvaluations.createdAt,
    })
    .from(whistleEvaluations)
    .innerJoin(whistleCalls, eq(whistleCalls.id, whistleEvaluations.callId))
    .innerJoin(whistleOrders, eq(whistleOrders.id, whistleCalls.orderId))
    .innerJoin(departments, eq(departments.id, whistleCalls.departmentId))
    .where(
      and(gte(whistleEvaluations.createdAt, start), lt(whistleEvaluations.createdAt, end), ofDepartments),
    )
    .orderBy(desc(whistleEvaluations.createdAt));

  const streetRows = await deps.db
    .select({
      id: streetEvaluations.id,
      departmentId: streetEvaluations.departmentId,
      departmentName: departments.name,
      streetCode: streetEvaluations.streetCode,
      month: streetEvaluations.month,
      coordination: streetEvaluations.coordination,
      support: streetEvaluations.support,
      score: streetEvaluations.score,
      comment: streetEvaluations.comment,
      createdAt: streetEvaluations.createdAt,
    })
    .from(streetEvaluations)
    .innerJoin(departments, eq(departments.id, streetEvaluations.departmentId))
    .where(and(eq(streetEvaluations.month, period), ofStreets))
    .orderBy(desc(streetEvaluations.createdAt));

  const streetName = (code: string) => deps.regions.directory.node(code)?.name ?? null;
  return {
    month: period,
    /** The streets' scores of the departments they whistled. */
    ofDepartments: departmentRows.map((r) => ({
      ...r,
      streetName: streetName(r.streetCode),
      createdAt: r.createdAt.toISOString(),
    })),
    /** The departments' scores of the streets. */
    ofStreets: streetRows.map((r) => ({
      ...r,
      streetName: streetName(r.streetCode),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
