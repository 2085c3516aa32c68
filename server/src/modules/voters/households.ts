import { and, asc, count, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CommunityDeps, nowOf } from './community-deps.js';
import { registryCommunity, registryPrefix } from './registry-office.js';
import { households, residentVerifications } from './voters.tables.js';

type HouseholdRow = typeof households.$inferSelect;

export function householdView(h: HouseholdRow, residents: number) {
  return {
    id: h.id,
    regionCode: h.regionCode,
    placeLabel: h.placeLabel,
    doorCode: h.doorCodeHash === null ? 'none' : h.doorCodeUsedAt === null ? 'issued' : 'used',
    residents,
    createdAt: h.createdAt.toISOString(),
  } as const;
}

/** The household, if it is in a registry the user keeps; anything else is not found. */
export async function householdOf(tx: Executor, user: AuthUser, id: string, lock = false) {
  const query = tx
    .select()
    .from(households)
    .where(and(eq(households.id, id), like(households.regionCode, `${registryPrefix(user)}%`)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row)
    throw notFound('HOUSEHOLD_NOT_FOUND', `Household ${id} does not exist or is outside your jurisdiction`);
  return row;
}

/** Puts a household (a place) on its community's registry, once per place. */
export async function registerHousehold(
  deps: CommunityDeps,
  actor: AuthUser,
  input: { regionCode?: string; placeLabel: string },
) {
  const regionCode = registryCommunity(deps.regions, actor, input.regionCode);
  const placeLabel = input.placeLabel.trim();
  return deps.db.transaction(async (tx) => {
    const [household] = await tx
      .insert(households)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        placeLabel,
        createdBy: actor.id,
        createdAt: nowOf(deps),
      })
      .onConflictDoNothing()
      .returning();
    if (!household) {
      throw conflict('HOUSEHOLD_EXISTS', `${placeLabel} is already on this community's registry`);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'household.register',
      entity: 'household',
      entityId: household.id,
      regionCode,
      after: household,
    });
    return householdView(household, 0);
  });
}

/** The registries the user keeps (or one community's), by place. */
export async function listHouseholds(deps: CommunityDeps, actor: AuthUser, query: { regionCode?: string }) {
  const scope = query.regionCode
    ? registryCommunity(deps.regions, actor, query.regionCode)
    : registryPrefix(actor);
  const rows = await deps.db
    .select({ household: households, residents: count(residentVerifications.userId) })
    .from(households)
    .leftJoin(residentVerifications, eq(residentVerifications.householdId, households.id))
    .where(like(households.regionCode, `${scope}%`))
    .groupBy(households.districtCode, households.id)
    .orderBy(asc(households.regionCode), asc(households.placeLabel))
    .limit(5000);
  return { items: rows.map((r) => householdView(r.household, Number(r.residents))) };
}
