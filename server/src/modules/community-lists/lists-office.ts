import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who keeps a community's three lists: its own staff, and the street's above it. */
const LIST_KEEPERS: readonly Role[] = ['community_staff', 'street_staff', 'admin'];

export function keepsLists(user: AuthUser): boolean {
  if (!user.roles.some((r) => LIST_KEEPERS.includes(r))) return false;
  // Department staff serve an area but keep no community's lists.
  return user.jurisdiction.kind !== 'department';
}

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
  const node = regions.directory.node(wanted);
  if (!node || !regionVisible(user.jurisdiction, wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community') {
    throw badRequest('COMMUNITY_REQUIRED', `${node.name} is not a community: name the community (社区)`);
  }
  return node.code;
}
