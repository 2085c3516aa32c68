import { and, eq, exists, like, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { whistleCalls, whistleOrderCases, whistleOrders } from '../whistle/whistle.tables.js';
import { caseFollowers, cases } from './cases.tables.js';

const BEFORE_DISPATCH = ['reported', 'verified', 'registered', 'filed', 'rejected', 'voided'];

/** Residents and couriers see the cases they reported or follow; nobody else's. */
export const isPublicOnly = (user: AuthUser): boolean =>
  user.roles.every((r) => r === 'resident' || r === 'courier');

/**
 * Cases behind a whistle order that calls the unit or the person: the called department must read the
 * complaint, its photos and its place instead of having them copied into the task. A cancelled order
 * calls nobody; a closed one still shows what the unit was called for.
 *
 * The called cases are gathered once into an array and matched on the primary key, not asked of each
 * case in turn: so the condition is an index lookup, and an OR of it with the region's own index stays
 * a pair of index scans instead of a scan of the whole table.
 */
function calledFor(who: SQL): SQL {
  return sql`${cases.id} = any(array(select ${whistleOrderCases.caseId} from ${whistleOrderCases}
          join ${whistleOrders} on ${whistleOrders.id} = ${whistleOrderCases.orderId}
          join ${whistleCalls} on ${whistleCalls.orderId} = ${whistleOrders.id}
         where ${whistleOrders.status} <> 'cancelled'
           and ${who}))`;
}

/**
 * The cases a user may see: their own reports for the public; what was routed to the department for
 * department staff; everything located in the jurisdiction for region staff; and, for staff, the
 * cases of the whistle orders that call them.
 */
export function casesVisibleTo(user: AuthUser): SQL {
  if (isPublicOnly(user)) {
    return or(
      eq(cases.reporterId, user.id),
      exists(
        sql`(select 1 from ${caseFollowers} where ${caseFollowers.caseId} = ${cases.id} and ${caseFollowers.userId} = ${user.id})`,
      ),
    ) as SQL;
  }
  const j = user.jurisdiction;
  if (j.kind === 'everywhere') return sql`true`;
  // A department sees a case once it has been dispatched to it, not while the street still sorts it.
  const calledByName = calledFor(sql`${whistleCalls.userId} = ${user.id}`);
  if (j.kind === 'department') {
    return or(
      and(eq(cases.unitDepartmentId, j.departmentId), notInArray(cases.status, BEFORE_DISPATCH)),
      calledFor(sql`${whistleCalls.departmentId} = ${j.departmentId}`),
      calledByName,
    ) as SQL;
  }
  return or(like(cases.regionCode, `${jurisdictionPrefix(j)}%`), calledByName) as SQL;
}

/** Whether the user belongs to the unit that holds the case. */
export function holdsCase(
  user: AuthUser,
  c: { unitDepartmentId: string | null; unitRegionCode: string | null },
): boolean {
  const j = user.jurisdiction;
  if (j.kind === 'department') return c.unitDepartmentId === j.departmentId;
  if (j.kind === 'region') return c.unitRegionCode !== null && c.unitRegionCode === j.regionCode;
  return false;
}
