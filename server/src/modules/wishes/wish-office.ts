import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import type { RegionsService } from '../regions/regions.service.js';

/**
 * How a user takes part in micro-wishes: community and street staff review and keep them; a grid worker
 * posts them for residents of their grid; a resident posts their own and claims others' as a volunteer.
 */
export type WishRole = 'staff' | 'grid' | 'resident';

export function wishRoleOf(user: AuthUser): WishRole | null {
  const { roles, jurisdiction } = user;
  if (
    jurisdiction.kind !== 'department' &&
    roles.some((r) => r === 'community_staff' || r === 'street_staff' || r === 'admin')
  ) {
    return 'staff';
  }
  if (roles.includes('grid_worker')) return 'grid';
  if (roles.includes('resident')) return 'resident';
  return null;
}

export function wishRole(user: AuthUser): WishRole {
  const role = wishRoleOf(user);
  if (!role) {
    throw forbidden('WISHES_NOT_FOR_YOU', 'Micro-wishes are for residents, grid workers and community staff');
  }
  return role;
}

/** The region prefix of the wishes a staff member keeps; refused for everyone else. */
export function wishStaffPrefix(user: AuthUser): string {
  if (wishRoleOf(user) !== 'staff') {
    throw forbidden('WISH_STAFF_ONLY', 'Only community and street staff review and keep micro-wishes');
  }
  return jurisdictionPrefix(user.jurisdiction);
}

/** The community a region code names, or "not found" (a street, a grid or nothing at all). */
export function communityNamed(regions: RegionsService, code: string) {
  const node = regions.directory.node(code);
  if (node?.level !== 'community') {
    throw notFound('REGION_NOT_FOUND', `There is no community ${code}`);
  }
  return node;
}

/** The community of a grid worker's grid: the one they post wishes in. */
export function communityOfGridWorker(regions: RegionsService, user: AuthUser) {
  const code = user.jurisdiction.kind === 'everywhere' ? '' : user.jurisdiction.regionCode;
  const community = regions.directory.chain(code).find((n) => n.level === 'community');
  if (!community) throw notFound('REGION_NOT_FOUND', 'Your grid is in no community');
  return community;
}
