import { and, arrayOverlaps, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { Role } from '../auth/roles.js';
import { users } from '../users/users.tables.js';
import type { CaseStatus } from './lifecycle/case-status.js';
import { staffAbove, unitStaff } from './recipients.js';

interface HeldCase {
  status: string;
  regionCode: string;
  gridCode: string;
  unitDepartmentId: string | null;
  unitRegionCode: string | null;
}

// Who must act next in each state of the loop, by role above the case's place.
const NEXT_BY_ROLE: Partial<Record<CaseStatus, Role[]>> = {
  reported: ['hotline_operator', 'dispatcher'],
  verified: ['hotline_operator', 'dispatcher'],
  registered: ['shift_lead'],
  filed: ['dispatcher'],
  returned: ['dispatcher'],
  checked: ['shift_lead'],
};

/** The people holding the current step of a case: those who must move it on. */
export async function stepHolders(db: Executor, c: HeldCase): Promise<string[]> {
  const status = c.status as CaseStatus;
  if (status === 'dispatched' || status === 'in_progress' || status === 'suspended') return unitStaff(db, c);
  if (status === 'handled') {
    // The check is done on site by the grid's own worker.
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.regionCode, c.gridCode),
          eq(users.active, true),
          arrayOverlaps(users.roles, ['grid_worker']),
        ),
      );
    return rows.length > 0 ? rows.map((r) => r.id) : staffAbove(db, c.regionCode, ['community_staff']);
  }
  const roles = NEXT_BY_ROLE[status];
  return roles ? staffAbove(db, c.regionCode, roles) : [];
}

/** The superiors told when a step runs over: the leaders above the case's place. */
export const superiorsOf = (db: Executor, c: HeldCase): Promise<string[]> =>
  staffAbove(db, c.regionCode, ['leader']);
