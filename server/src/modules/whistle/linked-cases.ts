import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { type CaseStatus, isOpen } from '../cases/lifecycle/case-status.js';
import { whistleOrderCases } from './whistle.tables.js';

/** What a whistle needs to know of a case: which one, and whether it is still open. */
export interface CaseRef {
  id: string;
  code: string;
  status: string;
  regionCode: string;
  streetCode: string;
}

const columns = {
  id: cases.id,
  code: cases.code,
  status: cases.status,
  regionCode: cases.regionCode,
  streetCode: cases.streetCode,
};

export const caseIsOpen = (c: CaseRef): boolean => isOpen(c.status as CaseStatus);

/** The cases among `ids` that the viewer may see, through the case module's own scope. */
export async function casesVisibleAmong(db: Executor, viewer: AuthUser, ids: string[]): Promise<CaseRef[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(cases)
    .where(and(inArray(cases.id, ids), casesVisibleTo(viewer)));
}

/** The cases a whistle order was issued for; none for a campaign. */
export async function casesOfOrder(db: Executor, orderId: string): Promise<CaseRef[]> {
  return db
    .select(columns)
    .from(whistleOrderCases)
    .innerJoin(cases, eq(cases.id, whistleOrderCases.caseId))
    .where(eq(whistleOrderCases.orderId, orderId))
    .orderBy(asc(cases.code));
}
