import { badRequest, notFound } from '../../lib/errors/app-error.js';
import type { RegionsService } from '../regions/regions.service.js';
import type { AuthUser } from './auth-user.js';
import type { Role } from './roles.js';

/**
 * Who runs a community's own affairs (its three lists, deliberations, evaluations): its staff, the
 * street's above it and the administrator. Department staff serve an area but run no community's affairs.
 */
const COMMUNITY_STAFF: readonly Role[] = ['community_staff', 'street_staff', 'admin'];

export function isCommunityStaff(user: AuthUser): boolean {
  return user.roles.some((r) => COMMUNITY_STAFF.includes(r)) && user.jurisdiction.kind !== 'department';
}

/**
 * The community a write is for, given the code named (or the user's own): a region the user may not
 * see is "not found", like every record there; a region that is not a community is refused.
 */
export function namedCommunity(
  regions: RegionsService,
  wanted: string,
  visible: (code: string) => boolean,
): string {
  const node = regions.directory.node(wanted);
  if (!node || !visible(wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community') {
    throw badRequest('COMMUNITY_REQUIRED', `${node.name} is not a community: name the community (社区)`);
  }
  return node.code;
}
