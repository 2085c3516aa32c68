import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who runs a community's evaluations: its own staff, and the street's above it. */
const ORGANISERS: readonly Role[] = ['community_staff', 'street_staff', 'admin'];

/** The region prefix of the evaluations a user runs: refused outright for everyone else. */
export function organiserPrefix(user: AuthUser): string {
  if (!user.roles.some((r) => ORGANISERS.includes(r)) || user.jurisdiction.kind === 'department') {
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
  const node = regions.directory.node(wanted);
  if (!node || !regionVisible(user.jurisdiction, wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community') {
    throw badRequest('COMMUNITY_REQUIRED', `${node.name} is not a community: name the community (社区)`);
  }
  return node.code;
}
