import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { namedCommunity } from '../auth/community-staff.js';
import { jurisdictionPrefix, jurisdictionRoot } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import type { RegionsService } from '../regions/regions.service.js';

/** Who keeps a community's household registry: its staff, the street's, and its grid workers at the door. */
const REGISTRARS: readonly Role[] = ['community_staff', 'street_staff', 'grid_worker', 'admin'];

/**
 * The region prefix of the registries a user keeps. A grid worker answers for one grid, but households
 * are registered per community, so they keep their grid's community's registry.
 */
export function registryPrefix(user: AuthUser): string {
  if (!user.roles.some((r) => REGISTRARS.includes(r)) || user.jurisdiction.kind === 'department') {
    throw forbidden('VOTERS_STAFF_ONLY', 'Only community staff and grid workers keep the household registry');
  }
  return jurisdictionPrefix(user.jurisdiction).slice(0, 12);
}

/** The community a registry write is for: the one named, or the user's own; outside their area it is not found. */
export function registryCommunity(regions: RegionsService, user: AuthUser, code: string | undefined): string {
  const prefix = registryPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction)?.slice(0, 12) ?? '';
  return namedCommunity(regions, wanted, (c) => c.startsWith(prefix));
}
