import type { AddressKind, AddressMatch } from '@needle/contract';
import { and, asc, like, not, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { Jurisdiction } from '../auth/jurisdiction.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { distanceSql } from '../cases/nearby.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { normaliseAddress } from './address-text.js';
import { addresses } from './addresses.tables.js';

export interface Near {
  lat: number;
  lng: number;
}

/** "43.86,125.30" as the query gives it (the schema has checked the shape). */
export function parseNear(near: string | undefined): Near | null {
  if (!near) return null;
  const [lat, lng] = near.split(',').map(Number);
  if (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}

// LIKE's own characters in typed text are meant literally.
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The gazetteer entries best matching what was typed, within the viewer's jurisdiction. Typed text is
 * normalised as the entries are, then matched, best first: the whole text, its beginning, the beginning
 * of its pinyin or pinyin initials (yhl, yihelu), anywhere in the text (3号楼 in 东田社区3号楼). Among
 * equal matches the nearer to `near` come first, then the shorter text.
 */
export async function searchAddresses(
  db: Db,
  directory: RegionDirectory,
  viewer: Jurisdiction,
  query: { q: string; near: Near | null; limit: number },
): Promise<AddressMatch[]> {
  const q = normaliseAddress(query.q);
  if (q === '') return [];
  const prefix = `${literal(q)}%`;
  const rank = sql<number>`case
    when ${addresses.normText} = ${q} then 0
    when ${addresses.normText} like ${prefix} then 1
    when ${addresses.pinyin} like ${prefix} or ${addresses.initials} like ${prefix} then 2
    else 3 end`;
  const scope = jurisdictionPrefix(viewer);
  const inScope = scope === '' ? undefined : like(addresses.regionCode, `${literal(scope)}%`);
  const startsWith = or(
    like(addresses.normText, prefix),
    like(addresses.pinyin, prefix),
    like(addresses.initials, prefix),
  );
  const distance = query.near ? distanceSql(query.near, addresses.lat, addresses.lng) : sql<null>`null`;
  const select = (where: SQL | undefined, limit: number) =>
    db
      .select({
        id: addresses.id,
        kind: addresses.kind,
        text: addresses.text,
        lat: addresses.lat,
        lng: addresses.lng,
        gridCode: addresses.gridCode,
        regionCode: addresses.regionCode,
        distance,
      })
      .from(addresses)
      .where(and(where, inScope))
      .orderBy(
        asc(rank),
        ...(query.near ? [asc(distance)] : []),
        asc(sql`length(${addresses.text})`),
        asc(addresses.text),
      )
      .limit(limit);
  // Beginnings first, through the indexes; only when they are too few is the text scanned for the
  // typed words anywhere in it (3号楼), which no btree index can answer.
  const rows = await select(startsWith, query.limit);
  if (rows.length < query.limit) {
    const inside = and(like(addresses.normText, `%${literal(q)}%`), not(startsWith ?? sql`false`));
    rows.push(...(await select(inside, query.limit - rows.length)));
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as AddressKind,
    text: r.text,
    lat: r.lat,
    lng: r.lng,
    ...placeOf(directory, r.regionCode),
    gridCode: r.gridCode,
    external: false,
    distanceMeters: r.distance === null ? null : Math.round(Number(r.distance)),
  }));
}

/** The community (and its street) named in today's tree, or none when the point lay outside the grids. */
export function placeOf(
  directory: RegionDirectory,
  communityCode: string | null,
): Pick<AddressMatch, 'community' | 'street'> {
  const [community, street] = communityCode ? directory.chain(communityCode) : [];
  return {
    community: community ? { code: community.code, name: community.name } : null,
    street: street ? { code: street.code, name: street.name } : null,
  };
}
