import { eq, like, type SQL } from 'drizzle-orm';
import type { Jurisdiction } from '../auth/jurisdiction.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { users } from './users.tables.js';

/** The people a jurisdiction may see: those of its area, or those of its department. */
export function usersInJurisdiction(j: Jurisdiction): SQL {
  return j.kind === 'department'
    ? eq(users.departmentId, j.departmentId)
    : like(users.regionCode, `${jurisdictionPrefix(j)}%`);
}
