import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Community and street staff (and the administrator) keep teams, activities and 双报到; departments do not. */
export function keepsVolunteers(user: AuthUser): boolean {
  return (
    user.jurisdiction.kind !== 'department' &&
    user.roles.some((r) => r === 'community_staff' || r === 'street_staff' || r === 'admin')
  );
}

/** The region prefix of what a staff member keeps; refused outright for everyone else. */
export function volunteerStaffPrefix(user: AuthUser): string {
  if (!keepsVolunteers(user)) {
    throw forbidden('VOLUNTEER_STAFF_ONLY', 'Only community and street staff keep volunteer teams');
  }
  return jurisdictionPrefix(user.jurisdiction);
}

export function isResident(user: AuthUser): boolean {
  return user.roles.includes('resident');
}

export function residentOnly(user: AuthUser): void {
  if (!isResident(user)) {
    throw forbidden('VOLUNTEER_RESIDENTS_ONLY', 'Residents volunteer, sign up and register as party members');
  }
}

/** Staff or residents: anyone else (couriers, departments, the hotline) has no part in volunteering. */
export function takesPart(user: AuthUser): void {
  if (!keepsVolunteers(user) && !isResident(user)) {
    throw forbidden('VOLUNTEERS_NOT_FOR_YOU', 'Volunteering is for residents and community staff');
  }
}

/**
 * The community or street a team serves: the one named, or the staff member's own. A region outside
 * their area is "not found"; a grid or a district is refused, as teams are formed in 社区 and 街道.
 */
export function teamRegionFor(regions: RegionsService, user: AuthUser, code: string | undefined) {
  volunteerStaffPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction) ?? '';
  const node = regions.directory.node(wanted);
  if (!node || !regionVisible(user.jurisdiction, wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community' && node.level !== 'street') {
    throw badRequest('NOT_COMMUNITY_OR_STREET', `${node.name} is not a community or a street`);
  }
  return node;
}
