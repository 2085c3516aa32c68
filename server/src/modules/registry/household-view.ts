import type { RegistryHousehold } from '@needle/contract';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { buildings, buildingUnits, registryHouseholds, registryResidents } from './registry.tables.js';
import { maskedResident } from './resident-view.js';

type HouseholdRow = typeof registryHouseholds.$inferSelect;

/** Households with their residents, masked, in room order. */
export async function householdViews(
  db: Executor,
  rows: readonly HouseholdRow[],
): Promise<RegistryHousehold[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((h) => h.id);
  const [people, units, bs] = await Promise.all([
    db
      .select()
      .from(registryResidents)
      .where(inArray(registryResidents.householdId, ids))
      .orderBy(asc(registryResidents.seq)),
    db
      .select()
      .from(buildingUnits)
      .where(inArray(buildingUnits.id, [...new Set(rows.map((h) => h.unitId))])),
    db
      .select()
      .from(buildings)
      .where(inArray(buildings.id, [...new Set(rows.map((h) => h.buildingId))])),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const buildingName = new Map(bs.map((b) => [b.id, b.name]));
  return rows.map((h) => {
    const place = { building: buildingName.get(h.buildingId) ?? '', unit: unitName.get(h.unitId) ?? '' };
    return {
      id: h.id,
      buildingId: h.buildingId,
      unitId: h.unitId,
      unit: place.unit,
      room: h.room,
      floor: h.floor,
      note: h.note,
      residents: people.filter((p) => p.householdId === h.id).map((p) => maskedResident(p, place)),
    };
  });
}

export async function householdView(db: Executor, row: HouseholdRow): Promise<RegistryHousehold> {
  const [view] = await householdViews(db, [row]);
  if (!view) throw new Error('a household view of one row returned none');
  return view;
}

export async function householdsOfBuilding(db: Executor, buildingId: string) {
  return householdViews(
    db,
    await db
      .select()
      .from(registryHouseholds)
      .where(eq(registryHouseholds.buildingId, buildingId))
      .orderBy(asc(registryHouseholds.unitId), asc(registryHouseholds.floor), asc(registryHouseholds.room)),
  );
}
