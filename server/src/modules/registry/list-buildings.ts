import type { Building } from '@needle/contract';
import { and, asc, count, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { householdsOfBuilding } from './household-view.js';
import { buildings, buildingUnits, registryHouseholds, registryResidents } from './registry.tables.js';
import type { RegistryDeps } from './registry-deps.js';
import { keptBuilding, ledBuildings, registryListPrefix } from './registry-office.js';

type BuildingRow = typeof buildings.$inferSelect;

async function buildingViews(db: Executor, rows: readonly BuildingRow[]): Promise<Building[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((b) => b.id);
  const [units, households, people] = await Promise.all([
    db
      .select()
      .from(buildingUnits)
      .where(inArray(buildingUnits.buildingId, ids))
      .orderBy(asc(buildingUnits.name)),
    db
      .select({ buildingId: registryHouseholds.buildingId, n: count() })
      .from(registryHouseholds)
      .where(inArray(registryHouseholds.buildingId, ids))
      .groupBy(registryHouseholds.buildingId),
    db
      .select({
        buildingId: registryHouseholds.buildingId,
        n: count(),
        underCare: sql<number>`count(*) filter (where cardinality(${registryResidents.careTags}) > 0)`,
      })
      .from(registryResidents)
      .innerJoin(registryHouseholds, eq(registryHouseholds.id, registryResidents.householdId))
      .where(sql`${registryHouseholds.buildingId} in ${ids} and ${registryResidents.movedOutAt} is null`)
      .groupBy(registryHouseholds.buildingId),
  ]);
  return rows.map((b) => {
    const p = people.find((x) => x.buildingId === b.id);
    return {
      id: b.id,
      regionCode: b.regionCode,
      name: b.name,
      address: b.address,
      floors: b.floors,
      lat: b.lat,
      lng: b.lng,
      units: units.filter((u) => u.buildingId === b.id).map((u) => ({ id: u.id, name: u.name })),
      households: Number(households.find((x) => x.buildingId === b.id)?.n ?? 0),
      residents: Number(p?.n ?? 0),
      underCare: Number(p?.underCare ?? 0),
      updatedAt: b.updatedAt.toISOString(),
    };
  });
}

/** The buildings of the viewer's area (or of a region inside it), by grid and name. */
export async function listBuildings(
  deps: RegistryDeps,
  viewer: AuthUser,
  q: { regionCode?: string; page?: number; pageSize?: number },
) {
  const prefix = registryListPrefix(viewer, q.regionCode);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const where = like(buildings.regionCode, `${prefix}%`);
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(buildings)
      .where(where)
      .orderBy(asc(buildings.regionCode), asc(buildings.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(buildings).where(where),
  ]);
  return { total: Number(total?.n ?? 0), page, pageSize, items: await buildingViews(deps.db, rows) };
}

export async function buildingView(db: Executor, row: BuildingRow): Promise<Building> {
  const [view] = await buildingViews(db, [row]);
  if (!view) throw new Error('a building view of one row returned none');
  return view;
}

/** One building with its households and residents, masked; its leaders see it too. */
export async function buildingDetail(deps: RegistryDeps, viewer: AuthUser, id: string) {
  const b = await keptBuilding(deps.db, viewer, id);
  return {
    building: await buildingView(deps.db, b),
    households: await householdsOfBuilding(deps.db, b.id),
    canEdit: true,
  };
}

/** The buildings the viewer's posts (楼栋长, 单元长) name: what a leader keeps current from the phone. */
export async function myBuildings(deps: RegistryDeps, viewer: AuthUser): Promise<Building[]> {
  const led = await ledBuildings(deps.db, viewer);
  if (led.length === 0) return [];
  const rows = await deps.db
    .select()
    .from(buildings)
    .where(or(...led.map((p) => and(eq(buildings.regionCode, p.regionCode), eq(buildings.name, p.building)))))
    .orderBy(asc(buildings.regionCode), asc(buildings.name));
  return buildingViews(deps.db, rows);
}
