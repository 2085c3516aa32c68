import { eq, exists, like, or, type SQL, sql } from 'drizzle-orm';
import { parseRegionCode } from '../../lib/codes/region-code.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import { isPublicOnly } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { whistleCalls, whistleOrderCases, whistleOrders } from './whistle.tables.js';

/** Level 2: a community whistles its grid members; level 3: a street whistles departments and partners. */
export type WhistleLevel = 2 | 3;

const ISSUING_ROLE: Record<WhistleLevel, Role> = { 2: 'community_staff', 3: 'street_staff' };

const callsTo = (condition: SQL) =>
  exists(
    sql`(select 1 from ${whistleCalls} where ${whistleCalls.orderId} = ${whistleOrders.id} and ${condition})`,
  );

/** Orders about a case located under the prefix: a street's order on a community's case. */
const aboutCasesUnder = (prefix: string) =>
  exists(
    sql`(select 1 from ${whistleOrderCases} join ${cases} on ${cases.id} = ${whistleOrderCases.caseId}
          where ${whistleOrderCases.orderId} = ${whistleOrders.id} and ${cases.regionCode} like ${`${prefix}%`})`,
  );

/**
 * The whistle orders a user may see: region staff those issued in their area, and the street's orders
 * about cases in their community; department staff the orders that call their department; anyone
 * the orders that call them by name (a grid member).
 */
export function ordersVisibleTo(user: AuthUser): SQL {
  // Residents and couriers are never called; the area their account is tied to is no jurisdiction.
  if (isPublicOnly(user)) return sql`false`;
  const j = user.jurisdiction;
  if (j.kind === 'everywhere') return sql`true`;
  const calledByName = callsTo(eq(whistleCalls.userId, user.id));
  if (j.kind === 'department') {
    return or(callsTo(eq(whistleCalls.departmentId, j.departmentId)), calledByName) as SQL;
  }
  const prefix = jurisdictionPrefix(j);
  return or(like(whistleOrders.regionCode, `${prefix}%`), aboutCasesUnder(prefix), calledByName) as SQL;
}

/** The office a user whistles from: their community (level 2) or street (level 3), if they may whistle. */
export function whistlingOffice(user: AuthUser): { level: WhistleLevel; regionCode: string } | null {
  const j = user.jurisdiction;
  if (j.kind !== 'region') return null;
  const parsed = parseRegionCode(j.regionCode);
  if ('error' in parsed) return null;
  const level: WhistleLevel | null = parsed.level === 'community' ? 2 : parsed.level === 'street' ? 3 : null;
  if (level === null || !user.roles.includes(ISSUING_ROLE[level])) return null;
  return { level, regionCode: j.regionCode };
}

/** Whether the user is staff of the office that issued the order: only they command, close and evaluate it. */
export function isIssuingOffice(user: AuthUser, order: { level: number; regionCode: string }): boolean {
  const office = whistlingOffice(user);
  return office !== null && office.level === order.level && office.regionCode === order.regionCode;
}
