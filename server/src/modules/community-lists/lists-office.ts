import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isCommunityStaff, namedCommunity } from '../auth/community-staff.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who keeps a community's three lists: its own staff, and the street's above it. */
export const keepsLists = isCommunityStaff;

/** The region prefix of the lists a user keeps: refused outright for everyone else. */
export function listsPrefix(user: AuthUser): string {
  if (!keepsLists(user)) {
    throw forbidden('LISTS_STAFF_ONLY', 'Only community and street staff keep the three lists');
  }
  return jurisdictionPrefix(user.jurisdiction);
}

/**
 * The community a list entry goes on: the one named, or the user's own. A community outside the
 * user's area is "not found", like every record there.
 */
export function communityFor(regions: RegionsService, user: AuthUser, code: string | undefined): string {
  listsPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction) ?? '';
  return namedCommunity(regions, wanted, (c) => regionVisible(user.jurisdiction, c));
}
