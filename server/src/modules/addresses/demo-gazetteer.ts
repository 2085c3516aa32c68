import type { AddressKind } from '@needle/contract';
import type { Feature, FeatureCollection, Polygon, Position } from '../../lib/geo/geojson.js';
import type { DemoDivision } from '../regions/demo-city/demo-division.js';
import type { RegionProps } from '../regions/demo-city/generate-demo-city.js';
import type { Rect } from '../regions/demo-city/rectangles.js';

interface Point {
  type: 'Point';
  coordinates: Position;
}

export interface GazetteerProps {
  kind: AddressKind;
  text: string;
  source: string;
}

/** What the demo city's gazetteer entries carry as their source: a re-seed replaces them. */
export const DEMO_SOURCE = 'demo';
const HOUSE_NUMBERS = 200;
/** Odd numbers on one side of a road, even on the other: about 15 m either side of its middle. */
const SIDE_OFFSET = 0.00015;
const BUILDINGS_PER_COMMUNITY = 12;
const BUILDING_COLUMNS = 4;

/** The focus street's own road, where the hotline examples (义和路88号) are. */
const FOCUS_ROAD = { name: '义和路', street: '永昌街道' };
/** Roads across the whole demo district: [name, 'ew' or 'ns', where across it, from 0 to 1]. */
const DISTRICT_ROADS: readonly [string, 'ew' | 'ns', number][] = [
  ['自由大路', 'ew', 0.62],
  ['西安大路', 'ew', 0.32],
  ['解放大路', 'ew', 0.78],
  ['繁荣路', 'ew', 0.12],
  ['人民大街', 'ns', 0.7],
  ['同志街', 'ns', 0.55],
  ['红旗街', 'ns', 0.28],
  ['湖西路', 'ns', 0.12],
  ['工农大路', 'ns', 0.42],
  ['延安大街', 'ns', 0.88],
];

/** The bounding rectangle of a region drawn by the demo city (every one is a rectangle or close). */
function rectOf(feature: Feature<Polygon, RegionProps>): Rect {
  const ring = feature.geometry.coordinates[0] ?? [];
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return {
    west: Math.min(...lngs),
    south: Math.min(...lats),
    east: Math.max(...lngs),
    north: Math.max(...lats),
  };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const centre = (r: Rect): [number, number] => [
  round6((r.west + r.east) / 2),
  round6((r.south + r.north) / 2),
];

function point(
  kind: AddressKind,
  text: string,
  [lng, lat]: [number, number],
): Feature<Point, GazetteerProps> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
    properties: { kind, text, source: DEMO_SOURCE },
  };
}

/** 1–200号 along a road: numbers rise west to east (or south to north), odd on one side, even on the other. */
function road(
  name: string,
  direction: 'ew' | 'ns',
  across: number,
  span: Rect,
): Feature<Point, GazetteerProps>[] {
  const out: Feature<Point, GazetteerProps>[] = [];
  for (let n = 1; n <= HOUSE_NUMBERS; n++) {
    // Numbers come in pairs facing each other: 1 and 2, 3 and 4…
    const along = (Math.ceil(n / 2) - 0.5) / (HOUSE_NUMBERS / 2);
    const side = n % 2 === 1 ? SIDE_OFFSET : -SIDE_OFFSET;
    const at: [number, number] =
      direction === 'ew'
        ? [
            span.west + (span.east - span.west) * along,
            span.south + (span.north - span.south) * across + side,
          ]
        : [
            span.west + (span.east - span.west) * across + side,
            span.south + (span.north - span.south) * along,
          ];
    out.push(point('address', `${name}${n}号`, at));
  }
  return out;
}

/** 杏花村社区 stays; 双山村委会（长春工业经济开发区）（省级） becomes 双山村, as people say it. */
function spokenName(name: string): string {
  const bare = name.replace(/（[^）]*）/g, '');
  if (bare.endsWith('居委会')) return bare.slice(0, -'居委会'.length);
  if (bare.endsWith('村委会')) return bare.slice(0, -'委会'.length);
  return bare;
}

/** 1号楼…12号楼 in rows inside the community, named with it: 义和社区3号楼. */
function buildings(community: Feature<Polygon, RegionProps>): Feature<Point, GazetteerProps>[] {
  const r = rectOf(community);
  const rows = Math.ceil(BUILDINGS_PER_COMMUNITY / BUILDING_COLUMNS);
  return Array.from({ length: BUILDINGS_PER_COMMUNITY }, (_, i) => {
    const column = i % BUILDING_COLUMNS;
    const row = Math.floor(i / BUILDING_COLUMNS);
    const lng = r.west + ((column + 0.5) / BUILDING_COLUMNS) * (r.east - r.west);
    const lat = r.north - ((row + 0.5) / rows) * (r.north - r.south);
    return point('building', `${spokenName(community.properties.name)}${i + 1}号楼`, [lng, lat]);
  });
}

/**
 * The demo city's gazetteer, drawn from its division and its generated regions, the same every time:
 * 1–200号 on the focus street's 义和路 and on ten roads across the district, twelve numbered
 * buildings per community, and per street a school and a market in its special grids and a clinic.
 */
export function generateDemoGazetteer(
  division: DemoDivision,
  regions: FeatureCollection<Polygon, RegionProps>,
): FeatureCollection<Point, GazetteerProps> {
  const byCode = new Map(regions.features.map((f) => [f.properties.code, f]));
  const features: Feature<Point, GazetteerProps>[] = [];
  const district = byCode.get(division.district.code);
  const focus = division.streets.find((s) => s.name === FOCUS_ROAD.street);
  const focusFeature = focus && byCode.get(focus.code);
  if (focusFeature) features.push(...road(FOCUS_ROAD.name, 'ew', 0.5, rectOf(focusFeature)));
  if (district) {
    for (const [name, direction, across] of DISTRICT_ROADS)
      features.push(...road(name, direction, across, rectOf(district)));
  }
  const grids = regions.features.filter((f) => f.properties.code.length === 15);
  for (const street of division.streets) {
    const stem = street.name.replace(/(街道|镇)$/, '');
    for (const community of street.communities) {
      const feature = byCode.get(community.code);
      if (feature) features.push(...buildings(feature));
    }
    const inStreet = grids.filter((g) => g.properties.code.startsWith(street.code.slice(0, 9)));
    const school = inStreet.find((g) => g.properties.name.includes('学校'));
    const market = inStreet.find((g) => g.properties.name.includes('农贸市场'));
    const first = street.communities[0] && byCode.get(street.communities[0].code);
    if (school) features.push(point('landmark', `${stem}小学`, centre(rectOf(school))));
    if (market) features.push(point('landmark', `${stem}农贸市场`, centre(rectOf(market))));
    if (first) {
      const r = rectOf(first);
      // Off the middle of the community, where its buildings stand.
      features.push(
        point('landmark', `${stem}社区卫生服务中心`, [
          r.west + (r.east - r.west) * 0.1,
          r.south + (r.north - r.south) * 0.1,
        ]),
      );
    }
  }
  return { type: 'FeatureCollection', features };
}
