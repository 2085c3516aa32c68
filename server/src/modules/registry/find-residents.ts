import { and, arrayContains, asc, count, eq, ilike, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import { blindIndex } from '../../lib/personal-data/blind-index.js';
import type { AuthUser } from '../auth/auth-user.js';
import { buildings, buildingUnits, registryHouseholds, registryResidents } from './registry.tables.js';
import type { RegistryDeps } from './registry-deps.js';
import { registryListPrefix } from './registry-office.js';
import { maskedResident } from './resident-view.js';

const ID_LIKE = /^[0-9]{17}[0-9Xx]$/;
const PHONE_LIKE = /^(\+?86)?1[3-9][0-9]{9}$/;

/**
 * What a search term matches: an ID number or a phone exactly, through its blind index (the database
 * holds no readable copy to compare with), anything else part of a name.
 */
function matching(deps: RegistryDeps, q: string): SQL | undefined {
  const term = q.replace(/[\s-]+/g, '');
  if (ID_LIKE.test(term))
    return eq(registryResidents.idNumberIndex, blindIndex(deps.keys, 'id_number', term));
  if (PHONE_LIKE.test(term)) return eq(registryResidents.phoneIndex, blindIndex(deps.keys, 'phone', term));
  const escaped = q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return or(ilike(registryResidents.name, `%${escaped}%`));
}

/** Residents of the viewer's area, masked: by care group, or found by ID number, phone or name. */
export async function findResidents(
  deps: RegistryDeps,
  viewer: AuthUser,
  f: { regionCode?: string; careTag?: string; q?: string; page?: number; pageSize?: number },
) {
  const prefix = registryListPrefix(viewer, f.regionCode);
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 50;
  const where = and(
    like(registryResidents.regionCode, `${prefix}%`),
    isNull(registryResidents.movedOutAt),
    f.careTag ? arrayContains(registryResidents.careTags, [f.careTag]) : undefined,
    f.q ? matching(deps, f.q) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(registryResidents)
      .where(where)
      .orderBy(
        asc(registryResidents.regionCode),
        asc(registryResidents.householdId),
        asc(registryResidents.seq),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(registryResidents).where(where),
  ]);
  const places = await placesOf(
    deps,
    rows.map((r) => r.householdId),
  );
  return {
    total: Number(total?.n ?? 0),
    page,
    pageSize,
    items: rows.map((r) => maskedResident(r, places.get(r.householdId) ?? { building: '', unit: '' })),
  };
}

/** Building, unit and room of each household. */
export async function placesOf(deps: Pick<RegistryDeps, 'db'>, householdIds: readonly string[]) {
  if (householdIds.length === 0) return new Map<string, { building: string; unit: string; room: string }>();
  const rows = await deps.db
    .select({
      id: registryHouseholds.id,
      building: buildings.name,
      unit: buildingUnits.name,
      room: registryHouseholds.room,
    })
    .from(registryHouseholds)
    .innerJoin(buildings, eq(buildings.id, registryHouseholds.buildingId))
    .innerJoin(buildingUnits, eq(buildingUnits.id, registryHouseholds.unitId))
    .where(inArray(registryHouseholds.id, [...new Set(householdIds)]));
  return new Map(rows.map((r) => [r.id, { building: r.building, unit: r.unit, room: r.room }]));
}
