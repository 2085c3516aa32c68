import { and, arrayOverlaps, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { isWithin } from '../../lib/codes/region-code.js';
import type { Role } from '../auth/roles.js';
import { users } from '../users/users.tables.js';
import { caseFollowers } from './cases.tables.js';

/** The people who act for the unit holding a case. */
export async function unitStaff(
  db: Executor,
  unit: { unitDepartmentId: string | null; unitRegionCode: string | null },
): Promise<string[]> {
  const rows = unit.unitDepartmentId
    ? await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.departmentId, unit.unitDepartmentId), eq(users.active, true)))
    : unit.unitRegionCode
      ? await db
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              eq(users.regionCode, unit.unitRegionCode),
              eq(users.active, true),
              arrayOverlaps(users.roles, ['street_staff', 'community_staff']),
            ),
          )
      : [];
  return rows.map((r) => r.id);
}

/** Region staff in the given roles whose jurisdiction covers the place: the dispatchers and leaders above a case. */
export async function staffAbove(db: Executor, regionCode: string, roles: Role[]): Promise<string[]> {
  const rows = await db
    .select({ id: users.id, regionCode: users.regionCode, departmentId: users.departmentId })
    .from(users)
    .where(and(arrayOverlaps(users.roles, roles), eq(users.active, true), isNotNull(users.regionCode)));
  return rows
    .filter((r) => r.departmentId === null && r.regionCode !== null && isWithin(regionCode, r.regionCode))
    .map((r) => r.id);
}

/** The reporter and everyone who said "me too". */
export async function followersOf(db: Executor, caseIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await db
    .select({ caseId: caseFollowers.caseId, userId: caseFollowers.userId })
    .from(caseFollowers)
    .where(inArray(caseFollowers.caseId, caseIds));
  for (const r of rows) out.get(r.caseId)?.push(r.userId);
  return out;
}
