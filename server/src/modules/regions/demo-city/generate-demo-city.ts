import type { Feature, FeatureCollection, Polygon, Position } from '../../../lib/geo/geojson.js';
import { seededRandom } from '../../../lib/seeded-random.js';
import type { DemoDivision, DemoStreet, NamedCode } from './demo-division.js';
import { areaKm2, type Rect, rectRing, rowsOfCells, scaleAt, splitByWeight } from './rectangles.js';

/** What every region feature carries; the grid-only fields are absent on the levels above. */
export interface RegionProps {
  code: string;
  name: string;
  /** 基础网格 basic, or 专属网格 special: a school or a market with a grid of its own. */
  gridType?: 'basic' | 'special';
  /** 属地兜底: who answers for the grid when nobody else does; the community by default. */
  ownerOfLastResort?: string;
  /** YYYY-MM-DD */
  validFrom?: string;
  validTo?: string | null;
}

/**
 * Where the demo district sits: about 12 km east–west by 20 km north–south around the real
 * 长春市朝阳区. The real boundaries are not open data, so the streets are laid out as rectangles
 * inside this box, not where they really are.
 */
const DISTRICT: Rect = { west: 125.21, south: 43.77, east: 125.36, north: 43.95 };
/** 长春市 is drawn as an octagon around the district; only containment matters for the demo. */
const CITY_MARGIN = 0.15;
const CITY_CORNER_CUT = 0.08;

/** Seed 000's street office (DOMAIN.md): 1.97 km², 48 grids. */
const FOCUS_STREET = { name: '永昌街道', areaKm2: 1.97, grids: 48 };
/** An urban community (社区居委会) covers about this much; villages share what is left. */
const COMMUNITY_KM2 = 0.6;
const VALID_FROM = '2024-01-01';

/** Draws the demo city: the city, the district, its streets, communities and grids, tiling exactly. */
export function generateDemoCity(division: DemoDivision): FeatureCollection<Polygon, RegionProps> {
  const scale = scaleAt((DISTRICT.north + DISTRICT.south) / 2);
  const streetWeights = weighStreets(division.streets, areaKm2(DISTRICT, scale));
  const streetRects = splitByWeight(DISTRICT, streetWeights, scale);

  const streets: Feature<Polygon, RegionProps>[] = [];
  const communities: Feature<Polygon, RegionProps>[] = [];
  const grids: Feature<Polygon, RegionProps>[] = [];
  for (const [s, street] of division.streets.entries()) {
    const streetRect = streetRects[s] ?? DISTRICT;
    streets.push(region(street, [rectRing(streetRect)]));
    // One random stream per community: its grid count and jitter follow from its own code alone.
    const randoms = street.communities.map(({ code }) => seededRandom(Number(code) % 2 ** 32));
    const counts = gridCounts(street, randoms);
    const communityRects = splitByWeight(streetRect, counts, scale);
    const specials = specialGrids(counts);
    for (const [c, community] of street.communities.entries()) {
      const communityRect = communityRects[c] ?? streetRect;
      communities.push(region(community, [rectRing(communityRect)]));
      const cells = rowsOfCells(communityRect, counts[c] ?? 0, scale, randoms[c] ?? seededRandom(c));
      for (const [g, cell] of cells.entries()) {
        grids.push(grid(community, g + 1, cell, specials.get(`${c}:${g}`)));
      }
    }
  }
  return {
    type: 'FeatureCollection',
    features: [
      region(division.city, [cityRing()]),
      region(division.district, [rectRing(DISTRICT)]),
      ...streets,
      ...communities,
      ...grids,
    ],
  };
}

function region({ code, name }: NamedCode, coordinates: Position[][]): Feature<Polygon, RegionProps> {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates },
    properties: { code, name, validFrom: VALID_FROM, validTo: null },
  };
}

function grid(
  community: NamedCode,
  sequence: number,
  cell: Rect,
  special?: string,
): Feature<Polygon, RegionProps> {
  const number = String(sequence).padStart(2, '0');
  const name = `${shortName(community.name)}${number}网格${special === undefined ? '' : `（${special}专属网格）`}`;
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [rectRing(cell)] },
    properties: {
      code: `${community.code}${String(sequence).padStart(3, '0')}`,
      name,
      gridType: special === undefined ? 'basic' : 'special',
      ownerOfLastResort: community.name,
      validFrom: VALID_FROM,
      validTo: null,
    },
  };
}

/** 杏花村社区 stays; 双山村委会（长春工业经济开发区）（省级） becomes 双山村, as people say it. */
function shortName(name: string): string {
  const bare = name.replace(/（[^）]*）/g, '');
  if (bare.endsWith('居委会')) return bare.slice(0, -'居委会'.length);
  if (bare.endsWith('村委会')) return bare.slice(0, -'委会'.length);
  return bare;
}

/** 48 grids shared evenly in the focus street; 3–6 in every other community. */
function gridCounts(street: DemoStreet, randoms: readonly (() => number)[]): number[] {
  const n = street.communities.length;
  if (street.name === FOCUS_STREET.name) {
    return street.communities.map(
      (_, c) => Math.floor(FOCUS_STREET.grids / n) + (c < FOCUS_STREET.grids % n ? 1 : 0),
    );
  }
  return randoms.map((random) => 3 + Math.floor(random() * 4));
}

/**
 * Two special grids per street: a school at the end of its first community, a market at the end
 * of its last (or at the start of the first when there is only one community). Keyed `community:grid`.
 */
function specialGrids(counts: readonly number[]): Map<string, string> {
  const specials = new Map<string, string>();
  const last = counts.length - 1;
  if (last < 0) return specials;
  specials.set(`0:${(counts[0] ?? 1) - 1}`, '学校');
  specials.set(last > 0 ? `${last}:${(counts[last] ?? 1) - 1}` : '0:0', '农贸市场');
  return specials;
}

/**
 * Street areas (km²) to split the district by: the focus street gets its real area, urban
 * communities a typical one each, villages (村委会, community part 200–399) the rest.
 */
function weighStreets(streets: readonly DemoStreet[], districtKm2: number): number[] {
  const isFocus = (street: DemoStreet) => street.name === FOCUS_STREET.name;
  const isVillage = ({ code }: NamedCode) => Number(code.slice(9)) >= 200;
  const others = streets.filter((street) => !isFocus(street)).flatMap((street) => street.communities);
  const villages = others.filter(isVillage).length;
  const urban = others.length - villages;
  const restKm2 = districtKm2 - (streets.some(isFocus) ? FOCUS_STREET.areaKm2 : 0);
  // Without villages, urban communities share the whole district instead of a typical area each.
  const urbanKm2 = villages > 0 ? COMMUNITY_KM2 : restKm2 / Math.max(urban, 1);
  const villageKm2 = villages > 0 ? (restKm2 - urban * urbanKm2) / villages : 0;
  return streets.map((street) => {
    if (isFocus(street)) return FOCUS_STREET.areaKm2;
    const km2 = street.communities.reduce((sum, c) => sum + (isVillage(c) ? villageKm2 : urbanKm2), 0);
    // A street with no communities listed still needs some room.
    return Math.max(km2, urbanKm2);
  });
}

function cityRing(): Position[] {
  const west = DISTRICT.west - CITY_MARGIN;
  const south = DISTRICT.south - CITY_MARGIN;
  const east = DISTRICT.east + CITY_MARGIN;
  const north = DISTRICT.north + CITY_MARGIN;
  const k = CITY_CORNER_CUT;
  return [
    [west + k, south],
    [east - k, south],
    [east, south + k],
    [east, north - k],
    [east - k, north],
    [west + k, north],
    [west, north - k],
    [west, south + k],
    [west + k, south],
  ];
}
