import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import type { PolygonalGeometry } from '../../lib/geo/geojson.js';
import type { DirectoryInput } from './region-directory.js';
import type { RegionRecord } from './region-feature.js';
import { regions } from './regions.tables.js';

export async function allRegionsForDirectory(db: Executor): Promise<DirectoryInput[]> {
  const rows = await db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
      gridType: regions.gridType,
      geometry: regions.geometry,
      validFrom: regions.validFrom,
      validTo: regions.validTo,
    })
    .from(regions);
  return rows.map((r) => ({ ...r, geometry: r.geometry as PolygonalGeometry }));
}

export async function findRegion(db: Executor, code: string): Promise<RegionRecord | null> {
  const [row] = await db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
      geometry: regions.geometry,
      gridType: regions.gridType,
      ownerOfLastResort: regions.ownerOfLastResort,
      validFrom: regions.validFrom,
      validTo: regions.validTo,
    })
    .from(regions)
    .where(eq(regions.code, code));
  return row ? { ...row, geometry: row.geometry as PolygonalGeometry } : null;
}

/** Every grid at or below the node, ordered by code (west→east, north→south within a community). */
export async function gridsUnder(db: Executor, code: string) {
  const rows = await db
    .select({
      code: regions.code,
      name: regions.name,
      gridType: regions.gridType,
      parentCode: regions.parentCode,
      geometry: regions.geometry,
    })
    .from(regions)
    .where(and(eq(regions.level, 'grid'), like(regions.code, `${regionPrefix(code)}%`)))
    .orderBy(asc(regions.code));
  return rows.map((r) => ({ ...r, geometry: r.geometry as PolygonalGeometry }));
}

export async function countRegions(db: Executor): Promise<number> {
  const rows = await db.select({ code: regions.code }).from(regions).limit(1);
  return rows.length;
}
