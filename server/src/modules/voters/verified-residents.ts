import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import type { CommunityDeps } from './community-deps.js';
import { registryCommunity, registryPrefix } from './registry-office.js';
import { households, residentVerifications } from './voters.tables.js';

/** The signed-in user's own household, as they see it on the phone. */
export async function myHousehold(db: Executor, userId: string) {
  const [row] = await db
    .select({ v: residentVerifications, placeLabel: households.placeLabel })
    .from(residentVerifications)
    .innerJoin(households, eq(households.id, residentVerifications.householdId))
    .where(eq(residentVerifications.userId, userId));
  if (!row) {
    return {
      verified: false,
      householdId: null,
      placeLabel: null,
      communityCode: null,
      method: null,
      verifiedAt: null,
    };
  }
  return {
    verified: true,
    householdId: row.v.householdId,
    placeLabel: row.placeLabel,
    communityCode: row.v.regionCode,
    method: row.v.method,
    verifiedAt: row.v.verifiedAt.toISOString(),
  };
}

/**
 * The verified residents of the registries the user keeps, masked: what staff pick a vote's electorate
 * from. A name and a number in a list are masked, as everywhere.
 */
export async function listVerifiedResidents(
  deps: CommunityDeps,
  actor: AuthUser,
  query: { regionCode?: string },
) {
  const scope = query.regionCode
    ? registryCommunity(deps.regions, actor, query.regionCode)
    : registryPrefix(actor);
  const rows = await deps.db
    .select({
      v: residentVerifications,
      placeLabel: households.placeLabel,
      name: users.displayName,
      phone: users.phone,
    })
    .from(residentVerifications)
    .innerJoin(households, eq(households.id, residentVerifications.householdId))
    .innerJoin(users, eq(users.id, residentVerifications.userId))
    .where(and(like(residentVerifications.regionCode, `${scope}%`)))
    .orderBy(asc(households.placeLabel), asc(residentVerifications.verifiedAt))
    .limit(5000);
  return {
    items: rows.map((r) => ({
      userId: r.v.userId,
      name: maskName(r.name) ?? '*',
      phone: maskPhone(r.phone),
      householdId: r.v.householdId,
      placeLabel: r.placeLabel,
      regionCode: r.v.regionCode,
      method: r.v.method,
      verifiedAt: r.v.verifiedAt.toISOString(),
    })),
  };
}
