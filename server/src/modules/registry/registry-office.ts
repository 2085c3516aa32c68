import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { parseRegionCode } from '../../lib/codes/region-code.js';
import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { posts } from '../posts/posts.tables.js';
import { buildings } from './registry.tables.js';

/**
 * Who keeps the registry: community and street staff of the area, the grid worker of the grid, and the
 * building and unit leaders (posts) of their own building, from the phone. Department staff, hotline
 * operators and other residents have no business with who lives where.
 */
export type RegistryRole = 'staff' | 'grid' | 'post_holder';

const STAFF_ROLES = new Set(['community_staff', 'street_staff', 'admin']);
const LEADER_POSTS = ['building_leader', 'unit_leader'];

export function registryRoleOf(user: AuthUser): RegistryRole {
  if (user.jurisdiction.kind !== 'department' && user.roles.some((r) => STAFF_ROLES.has(r))) return 'staff';
  if (user.roles.includes('grid_worker')) return 'grid';
  return 'post_holder';
}

export const notFoundBuilding = () =>
  notFound('BUILDING_NOT_FOUND', 'No such building, or it is outside your jurisdiction');

/** The buildings a leader's posts name, as (grid, building name) pairs. */
export async function ledBuildings(db: Executor, user: AuthUser) {
  return db
    .select({ regionCode: posts.regionCode, building: posts.building, unit: posts.unit, kind: posts.kind })
    .from(posts)
    .where(and(eq(posts.userId, user.id), inArray(posts.kind, LEADER_POSTS)));
}

/**
 * The building if the user may see and keep it; "not found" otherwise, so a forged id tells nothing.
 * A unit leader keeps their own unit only: `unitName` checks it when a write names one.
 */
export async function keptBuilding(db: Executor, user: AuthUser, buildingId: string, unitName?: string) {
  const [b] = await db.select().from(buildings).where(eq(buildings.id, buildingId));
  if (!b) throw notFoundBuilding();
  if (registryRoleOf(user) !== 'post_holder') {
    if (!regionVisible(user.jurisdiction, b.regionCode)) throw notFoundBuilding();
    return b;
  }
  const held = (await ledBuildings(db, user)).filter(
    (p) => p.regionCode === b.regionCode && p.building === b.name,
  );
  if (held.length === 0) throw notFoundBuilding();
  const wholeBuilding = held.some((p) => p.kind === 'building_leader');
  if (unitName !== undefined && !wholeBuilding && !held.some((p) => p.unit === unitName)) {
    throw forbidden('NOT_YOUR_UNIT', 'A unit leader keeps the households of their own unit');
  }
  return b;
}

/** The region prefix a staff member or grid worker reads lists under; leaders have no lists. */
export function registryListPrefix(user: AuthUser, regionCode: string | undefined): string {
  if (registryRoleOf(user) === 'post_holder') {
    throw forbidden('REGISTRY_STAFF_ONLY', 'Lists of residents are for community staff and grid workers');
  }
  return regionCode === undefined
    ? jurisdictionPrefix(user.jurisdiction)
    : visibleRegionPrefix(user, regionCode);
}

/** The code prefix of a region inside the user's view; "not found" for a region elsewhere or none at all. */
export function visibleRegionPrefix(user: AuthUser, regionCode: string): string {
  const parsed = parseRegionCode(regionCode);
  if ('error' in parsed || !regionVisible(user.jurisdiction, regionCode)) {
    throw notFound('REGION_NOT_FOUND', `Region ${regionCode} does not exist or is outside your jurisdiction`);
  }
  return parsed.prefix;
}
