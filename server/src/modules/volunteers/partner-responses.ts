import { asc, inArray, like, or } from 'drizzle-orm';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import { chinaYearOf } from '../whistle/china-periods.js';
import { partnerUnitViews } from '../whistle/partner-unit-view.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { volunteerStaffPrefix } from './volunteer-office.js';
import { nowOf, type VolunteersDeps } from './volunteers-deps.js';

/**
 * The partner units a community or street draws on (its own alliance, those above it and, for a street,
 * its communities'), each with the whistles it answered in the year beside the minimum it promised: the
 * whistle module's own count (calls it reported in on) and its own figure (`required_yearly_responses`,
 * seed 002: at least 2 a year), so no second setting can disagree with it.
 */
export async function partnerResponses(
  deps: VolunteersDeps,
  viewer: AuthUser,
  f: { regionCode?: string; year?: number },
) {
  volunteerStaffPrefix(viewer);
  const code = f.regionCode ?? jurisdictionRoot(viewer.jurisdiction) ?? '';
  const node = deps.regions.directory.node(code);
  if (!node || !regionVisible(viewer.jurisdiction, code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community' && node.level !== 'street') {
    throw badRequest('NOT_COMMUNITY_OR_STREET', `${node.name} is not a community or a street`);
  }
  const year = f.year ?? chinaYearOf(nowOf(deps));
  const rows = await deps.db
    .select()
    .from(partnerUnits)
    .where(
      or(
        inArray(
          partnerUnits.regionCode,
          deps.regions.directory.chain(code).map((n) => n.code),
        ),
        like(partnerUnits.regionCode, `${code}%`),
      ),
    )
    .orderBy(asc(partnerUnits.regionCode), asc(partnerUnits.name));
  const views = await partnerUnitViews(
    deps.db,
    rows.filter((r) => r.active),
    year,
  );
  return {
    regionCode: code,
    year,
    items: views.map((v) => ({
      id: v.id,
      name: v.name,
      kind: v.kind,
      regionCode: v.regionCode,
      responses: v.responses,
      requiredYearlyResponses: v.requiredYearlyResponses,
      belowMinimum: v.belowMinimum,
    })),
  };
}
