import { asc, like } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { chinaYearOf } from './china-periods.js';
import { partnerUnitViews } from './partner-unit-view.js';
import { partnerUnits } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

/** The partner units of the viewer's area, each with its answered whistles in the year (default: this one). */
export async function listPartnerUnits(deps: WhistleDeps, viewer: AuthUser, year?: number) {
  const rows = await deps.db
    .select()
    .from(partnerUnits)
    .where(like(partnerUnits.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`))
    .orderBy(asc(partnerUnits.regionCode), asc(partnerUnits.name));
  const inYear = year ?? chinaYearOf(nowOf(deps));
  return { year: inYear, items: await partnerUnitViews(deps.db, rows, inYear) };
}
