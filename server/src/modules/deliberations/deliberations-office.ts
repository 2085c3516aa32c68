import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who runs a community's deliberations for its party organisation: its staff and the street's above it. */
const CONVENERS: readonly Role[] = ['community_staff', 'street_staff', 'admin'];

/** Whether the user runs deliberations at all: community and street staff and the administrator. */
export function runsDeliberations(user: AuthUser): boolean {
  return user.roles.some((r) => CONVENERS.includes(r)) && user.jurisdiction.kind !== 'department';
}

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
  const node = regions.directory.node(wanted);
  if (!node || !regionVisible(user.jurisdiction, wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community') {
    throw badRequest('COMMUNITY_REQUIRED', `${node.name} is not a community: name the community (社区)`);
  }
  return node.code;
}
