import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isCommunityStaff, namedCommunity } from '../auth/community-staff.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who runs a community's deliberations for its party organisation: its staff and the street's above it. */
export const runsDeliberations = isCommunityStaff;

/** The region prefix of the deliberations a user runs: refused outright for everyone else. */
export function deliberationsPrefix(user: AuthUser): string {
  if (!runsDeliberations(user)) {
    throw forbidden('DELIBERATIONS_STAFF_ONLY', 'Only community and street staff run deliberations');
  }
  return jurisdictionPrefix(user.jurisdiction);
}

/** The community a deliberation is held in: the one named, or the user's own. */
export function deliberationCommunity(
  regions: RegionsService,
  user: AuthUser,
  code: string | undefined,
): string {
  deliberationsPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction) ?? '';
  return namedCommunity(regions, wanted, (c) => regionVisible(user.jurisdiction, c));
}
