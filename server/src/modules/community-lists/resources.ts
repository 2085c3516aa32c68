import type { ResourceInput } from '@needle/contract';
import { and, desc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionsService } from '../regions/regions.service.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { partnerResources } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { listsPrefix } from './lists-office.js';

export type { ResourceInput } from '@needle/contract';

/**
 * The partner units a user may work with: those of the alliances in their area, and, for community
 * staff, those of their street's alliance (the street enrols most units, the communities use them).
 */
export function partnersVisibleTo(regions: RegionsService, user: AuthUser): SQL {
  const prefix = listsPrefix(user);
  const above = regions.directory
    .chain(user.jurisdiction.kind === 'everywhere' ? '' : user.jurisdiction.regionCode)
    .map((n) => n.code);
  return (
    above.length === 0
      ? like(partnerUnits.regionCode, `${prefix}%`)
      : or(like(partnerUnits.regionCode, `${prefix}%`), inArray(partnerUnits.regionCode, above))
  ) as SQL;
}

/** The alliances a community draws on: its own, and its street's. */
export function partnersOfCommunity(regions: RegionsService, communityCode: string): SQL {
  return inArray(
    partnerUnits.regionCode,
    regions.directory.chain(communityCode).map((n) => n.code),
  );
}

/** A partner unit the user may work with; any other is "not found", so a forged id learns nothing. */
export async function visiblePartner(tx: Executor, regions: RegionsService, user: AuthUser, id: string) {
  const [unit] = await tx
    .select()
    .from(partnerUnits)
    .where(and(eq(partnerUnits.id, id), partnersVisibleTo(regions, user)));
  if (!unit)
    throw notFound('PARTNER_UNIT_NOT_FOUND', `Partner unit ${id} does not exist or is outside your area`);
  return unit;
}

function resourceView(r: typeof partnerResources.$inferSelect, unit: { name: string; regionCode: string }) {
  return {
    id: r.id,
    partnerUnitId: r.partnerUnitId,
    partnerUnitName: unit.name,
    regionCode: unit.regionCode,
    kind: r.kind,
    description: r.description,
    quantity: r.quantity,
    availableFrom: r.availableFrom,
    availableUntil: r.availableUntil,
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** Puts what a partner unit offers on the resources list (资源清单). */
export async function recordResource(deps: ListsDeps, actor: AuthUser, input: ResourceInput) {
  if (input.availableFrom && input.availableUntil && input.availableFrom > input.availableUntil) {
    throw badRequest('PERIOD_REVERSED', 'The period available ends before it starts');
  }
  return deps.db.transaction(async (tx) => {
    const unit = await visiblePartner(tx, deps.regions, actor, input.partnerUnitId);
    if (!unit.active) throw badRequest('PARTNER_UNIT_INACTIVE', `${unit.name} has left the alliance`);
    const [row] = await tx
      .insert(partnerResources)
      .values({
        districtCode: unit.districtCode,
        partnerUnitId: unit.id,
        kind: input.kind,
        description: input.description.trim(),
        quantity: input.quantity?.trim() ?? '',
        availableFrom: input.availableFrom ?? null,
        availableUntil: input.availableUntil ?? null,
        recordedBy: actor.id,
        recordedAt: nowOf(deps),
      })
      .returning();
    if (!row) throw new Error('the resource insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'partner_resource.create',
      entity: 'partner_resource',
      entityId: row.id,
      regionCode: unit.regionCode,
      after: row,
    });
    return resourceView(row, unit);
  });
}

/** The resources of the partner units the user works with, or those a community draws on. */
export async function listResources(
  deps: ListsDeps,
  viewer: AuthUser,
  f: { regionCode?: string; partnerUnitId?: string },
) {
  const rows = await deps.db
    .select({ r: partnerResources, unit: { name: partnerUnits.name, regionCode: partnerUnits.regionCode } })
    .from(partnerResources)
    .innerJoin(partnerUnits, eq(partnerUnits.id, partnerResources.partnerUnitId))
    .where(
      and(
        partnersVisibleTo(deps.regions, viewer),
        f.regionCode ? partnersOfCommunity(deps.regions, f.regionCode) : undefined,
        f.partnerUnitId ? eq(partnerResources.partnerUnitId, f.partnerUnitId) : undefined,
      ),
    )
    .orderBy(desc(partnerResources.recordedAt), desc(partnerResources.id))
    .limit(500);
  return { items: rows.map(({ r, unit }) => resourceView(r, unit)) };
}
