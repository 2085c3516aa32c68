import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isCommunityStaff, namedCommunity } from '../auth/community-staff.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from '../regions/regions.service.js';

/** The region prefix of the evaluations a user runs (its staff and the street's): refused for everyone else. */
export function organiserPrefix(user: AuthUser): string {
  if (!isCommunityStaff(user)) {
    throw forbidden('EVALUATIONS_STAFF_ONLY', 'Only community and street staff run evaluations');
  }
  return jurisdictionPrefix(user.jurisdiction);
}

/** The community an evaluation is for: the one named, or the organiser's own. */
export function organisedCommunity(
  regions: RegionsService,
  user: AuthUser,
  code: string | undefined,
): string {
  organiserPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction) ?? '';
  return namedCommunity(regions, wanted, (c) => regionVisible(user.jurisdiction, c));
}
