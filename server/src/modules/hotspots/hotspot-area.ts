import { type SQL, sql } from 'drizzle-orm';
import { cellToParent, latLngToCell } from 'h3-js';
import { H3_RESOLUTION } from '../cases/nearby.js';

/** Resolution 8: cells of about 0.7 km², a few blocks: the place a hotspot is counted in. */
export const AREA_RESOLUTION = 8;

/** The hotspot area holding a case's cell. */
export const areaOf = (cell: string): string => cellToParent(cell, AREA_RESOLUTION);

/**
 * The hotspot area a point is counted in: the parent of the case's own cell. Not the resolution-8 cell
 * of the point itself, which differs near an area's edge (H3's children do not tile their parent exactly).
 */
export const areaAt = (lat: number, lng: number): string => areaOf(latLngToCell(lat, lng, H3_RESOLUTION));

/** The bits below resolution 8's digits: seven digits of three bits, each 7 (unused) in a coarser cell. */
const UNUSED_DIGITS = (1n << BigInt(3 * (15 - AREA_RESOLUTION))) - 1n;

/**
 * `areaOf` in SQL, so the counts are grouped in the database without a round trip per case. An H3 index
 * keeps its resolution in bits 52–55 and a digit of three bits per resolution below; the parent is the
 * index with resolution 8 and the finer digits set to 7. The cases' cells are resolution 10.
 */
export function areaSql(cell: SQL | SQL.Aliased | ReturnType<typeof sql.raw>): SQL {
  if (H3_RESOLUTION < AREA_RESOLUTION)
    throw new Error('the cases are indexed coarser than the hotspot areas');
  // Null for a cell that is not hex (never written by intake), so the index on it cannot fail a write.
  return sql`case when ${cell} ~ '^[0-9a-f]{1,16}$' then to_hex(((('x' || lpad(${cell}, 16, '0'))::bit(64)::bigint & ~(15::bigint << 52) & ~${sql.raw(
    String(UNUSED_DIGITS),
  )}::bigint) | (${sql.raw(String(AREA_RESOLUTION))}::bigint << 52) | ${sql.raw(String(UNUSED_DIGITS))}::bigint)) end`;
}
