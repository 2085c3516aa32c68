import { asc, inArray, like, or } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { chinaYearOf } from './china-periods.js';
import { partnerUnitViews } from './partner-unit-view.js';
import { partnerUnits } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

/**
 * The partner units of the viewer's area and of the alliances above it, each with its answered whistles
 * in the year (default: this one). The street enrols most units and its communities draw on them: a
 * community's staff choose them for claims, wishes and shop items, so they must see them listed.
 */
export async function listPartnerUnits(deps: WhistleDeps, viewer: AuthUser, year?: number) {
  const above =
    viewer.jurisdiction.kind === 'region'
      ? deps.regions.directory.chain(viewer.jurisdiction.regionCode).map((n) => n.code)
      : [];
  const ownArea = like(partnerUnits.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`);
  const rows = await deps.db
    .select()
    .from(partnerUnits)
    .where(above.length > 0 ? or(ownArea, inArray(partnerUnits.regionCode, above)) : ownArea)
    .orderBy(asc(partnerUnits.regionCode), asc(partnerUnits.name));
  const inYear = year ?? chinaYearOf(nowOf(deps));
  return { year: inYear, items: await partnerUnitViews(deps.db, rows, inYear) };
}
