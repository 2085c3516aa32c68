import { inArray, like, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';
import type { RegionsService } from '../regions/regions.service.js';

/**
 * Who keeps the shop: the street's and the community's staff, who put the partner merchants' items on it
 * and, since the merchants have no accounts in Needle, enter the pickup code on the merchant's behalf.
 */
const SHOP_KEEPERS: readonly Role[] = ['community_staff', 'street_staff', 'admin'];

/** The region prefix of the shop a user keeps: refused outright for everyone else. */
export function shopPrefix(user: AuthUser): string {
  const keeps = user.roles.some((r) => SHOP_KEEPERS.includes(r)) && user.jurisdiction.kind !== 'department';
  if (!keeps) throw forbidden('SHOP_STAFF_ONLY', 'Only community and street staff keep the points shop');
  return jurisdictionPrefix(user.jurisdiction);
}

/**
 * The community or street an item goes on: the one named, or the user's own. One outside the user's area
 * is "not found", like every record there; a grid or a district is too small or too wide for a shop.
 */
export function shopRegionFor(regions: RegionsService, user: AuthUser, code: string | undefined): string {
  shopPrefix(user);
  const wanted = code ?? jurisdictionRoot(user.jurisdiction) ?? '';
  const node = regions.directory.node(wanted);
  if (!node || !regionVisible(user.jurisdiction, wanted)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  if (node.level !== 'community' && node.level !== 'street') {
    throw badRequest(
      'SHOP_REGION_LEVEL',
      `${node.name} is not a community or a street: name one (社区、街道)`,
    );
  }
  return node.code;
}

/**
 * The regions whose items a user may redeem: those where they live or work (their region and everything
 * under it) and those above it, so a resident of a community sees their street's shop as well.
 */
export function offeredTo(regions: RegionsService, user: AuthUser, column: AnyPgColumn): SQL | undefined {
  if (user.jurisdiction.kind === 'everywhere') return undefined;
  const above = regions.directory.chain(user.jurisdiction.regionCode).map((n) => n.code);
  const under = like(column, `${jurisdictionPrefix(user.jurisdiction)}%`);
  return above.length === 0 ? under : or(under, inArray(column, above));
}
