import { randomUUID } from 'node:crypto';
import type { BuildingInput } from '@needle/contract';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import { normaliseAddress, pinyinKeys } from '../addresses/address-text.js';
import { addresses } from '../addresses/addresses.tables.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { buildings, buildingUnits } from './registry.tables.js';
import { nowOf, type RegistryDeps } from './registry-deps.js';
import { registryRoleOf } from './registry-office.js';

/** Gazetteer entries the registry writes carry this source, so an address import leaves them be. */
export const REGISTRY_SOURCE = 'registry';

/**
 * Registers a building of a grid with its stairwells. Staff of the area or the grid's worker do it; the
 * building also becomes a gazetteer entry, so the hotline console finds it by name and pinyin.
 */
export async function createBuilding(deps: RegistryDeps, actor: AuthUser, input: BuildingInput) {
  if (registryRoleOf(actor) === 'post_holder') {
    throw notFound('REGION_NOT_FOUND', 'Buildings are registered by community staff and grid workers');
  }
  const grid = deps.regions.directory.node(input.regionCode);
  if (!grid || !regionVisible(actor.jurisdiction, input.regionCode)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  if (grid.level !== 'grid') throw badRequest('NOT_A_GRID', 'A building belongs to a grid (网格)');
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw badRequest('LOCATION_INCOMPLETE', 'Give both latitude and longitude, or neither');
  }
  const now = nowOf(deps);
  const name = input.name.trim();
  return deps.db.transaction(async (tx) => {
    const [b] = await tx
      .insert(buildings)
      .values({
        districtCode: districtCodeOf(input.regionCode),
        regionCode: input.regionCode,
        name,
        address: input.address.trim(),
        floors: input.floors,
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        updatedBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!b) throw conflict('BUILDING_EXISTS', `The grid already has a building named ${name}`);
    await tx
      .insert(buildingUnits)
      .values(input.units.map((u) => ({ districtCode: b.districtCode, buildingId: b.id, name: u.trim() })));
    if (b.lat !== null && b.lng !== null) {
      const community = deps.regions.directory.node(input.regionCode.slice(0, 12));
      const text = `${community?.name ?? ''}${name}`;
      const keys = pinyinKeys(text);
      await tx.insert(addresses).values({
        kind: 'building',
        text,
        normText: normaliseAddress(text),
        pinyin: keys.full,
        initials: keys.initials,
        lat: b.lat,
        lng: b.lng,
        gridCode: b.regionCode,
        regionCode: community?.code ?? null,
        source: REGISTRY_SOURCE,
        batch: randomUUID(),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'building.create',
      entity: 'building',
      entityId: b.id,
      regionCode: b.regionCode,
      after: { ...b, units: input.units },
    });
    return b;
  });
}
