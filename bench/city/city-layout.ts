/**
 * A Beijing-like city for the generator: districts with Beijing's real division codes (北京市 has 16), each
 * cut into street offices, communities and grids. The boundaries are rectangles that tile their parent
 * exactly, as in the demo city, inside a box around the real city; names are made up from common
 * syllables. Beijing has 152 street offices at the scale and about 3,300 communities (some 21 per
 * street); three grids a community gives about 10,000 grids.
 */
import { seededRandom } from '../../server/src/lib/seeded-random.js';
import {
  type Rect,
  rectRing,
  scaleAt,
  splitByWeight,
} from '../../server/src/modules/regions/demo-city/rectangles.js';

export interface CityShape {
  districts: number;
  /** Street offices in all, shared as evenly as they go (Beijing: 152 over 16 districts). */
  streets: number;
  communitiesPerStreet: number;
  gridsPerCommunity: number;
}

export interface CityRegion {
  code: string;
  name: string;
  level: 'city' | 'district' | 'street' | 'community' | 'grid';
  parentCode: string | null;
  rect: Rect;
  /** How busy a grid is against the average (1): cases cluster where people and shops are. */
  activity: number;
  /** 属地兜底 of a grid: its community. */
  owner?: string;
}

export const CITY_CODE = '110100000000';
const BOX: Rect = { west: 115.95, south: 39.62, east: 116.85, north: 40.3 };
/** 北京市's districts in code order; past 16 the generator numbers further districts itself. */
const DISTRICTS: [string, string][] = [
  ['01', '东城区'],
  ['02', '西城区'],
  ['05', '朝阳区'],
  ['06', '丰台区'],
  ['07', '石景山区'],
  ['08', '海淀区'],
  ['09', '门头沟区'],
  ['11', '房山区'],
  ['12', '通州区'],
  ['13', '顺义区'],
  ['14', '昌平区'],
  ['15', '大兴区'],
  ['16', '怀柔区'],
  ['17', '平谷区'],
  ['18', '密云区'],
  ['19', '延庆区'],
];
const SYLLABLES = [
  ...'安和平华新兴光明东西南北中永定德胜朝阳海丰台金鼎长乐福寿清河泉林园桥湖山花翠景春秋文武',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function cityLayout(shape: CityShape): CityRegion[] {
  if (shape.districts < 1 || shape.districts > 99) throw new Error('--districts is 1 to 99');
  if (shape.streets < shape.districts || shape.streets > 999 * shape.districts)
    throw new Error('--streets is at least one and at most 999 a district');
  if (shape.communitiesPerStreet < 1 || shape.communitiesPerStreet > 199)
    throw new Error('--communities-per-street is 1 to 199');
  if (shape.gridsPerCommunity < 1 || shape.gridsPerCommunity > 999)
    throw new Error('--grids-per-community is 1 to 999');
  const random = seededRandom(110100);
  const name = (suffix: string) =>
    `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}${suffix}`;
  const scale = scaleAt((BOX.north + BOX.south) / 2);
  // Inner districts are small and busy, outer ones large: sizes vary about fourfold.
  const sizes = (n: number) => Array.from({ length: n }, () => 0.5 + random() * 1.5);
  const out: CityRegion[] = [
    { code: CITY_CODE, name: '北京市', level: 'city', parentCode: null, rect: BOX, activity: 1 },
  ];
  const districtRects = splitByWeight(BOX, sizes(shape.districts), scale);
  for (let d = 0; d < shape.districts; d++) {
    const [suffix, districtName] = DISTRICTS[d] ?? [pad(20 + d, 2), `第${d + 1}区`];
    const district = `1101${suffix}`;
    const districtRect = districtRects[d] as Rect;
    out.push({
      code: `${district}000000`,
      name: districtName,
      level: 'district',
      parentCode: CITY_CODE,
      rect: districtRect,
      activity: 1,
    });
    const streetCount =
      Math.floor(shape.streets / shape.districts) + (d < shape.streets % shape.districts ? 1 : 0);
    const streetRects = splitByWeight(districtRect, sizes(streetCount), scale);
    for (let s = 0; s < streetCount; s++) {
      const street = `${district}${pad(s + 1, 3)}`;
      out.push({
        code: `${street}000`,
        name: name('街道'),
        level: 'street',
        parentCode: `${district}000000`,
        rect: streetRects[s] as Rect,
        activity: 1,
      });
      const communityRects = splitByWeight(streetRects[s] as Rect, sizes(shape.communitiesPerStreet), scale);
      for (let c = 0; c < shape.communitiesPerStreet; c++) {
        const community = `${street}${pad(c + 1, 3)}`;
        const communityName = name('社区');
        out.push({
          code: community,
          name: communityName,
          level: 'community',
          parentCode: `${street}000`,
          rect: communityRects[c] as Rect,
          activity: 1,
        });
        const gridRects = splitByWeight(
          communityRects[c] as Rect,
          Array(shape.gridsPerCommunity).fill(1),
          scale,
        );
        for (let g = 0; g < shape.gridsPerCommunity; g++) {
          // Log-normal: most grids near the average, a few several times busier (a market, a station).
          const activity = Math.exp(0.8 * gaussian(random) - 0.32);
          out.push({
            code: `${community}${pad(g + 1, 3)}`,
            name: `${communityName.replace(/社区$/, '')}${pad(g + 1, 2)}网格`,
            level: 'grid',
            parentCode: community,
            rect: gridRects[g] as Rect,
            activity,
            owner: communityName,
          });
        }
      }
    }
  }
  return out;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The regions as rows of the regions table. */
export const regionRows = (regions: CityRegion[]) =>
  regions.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    geometry: { type: 'Polygon', coordinates: [rectRing(r.rect)] },
    gridType: r.level === 'grid' ? 'basic' : null,
    ownerOfLastResort: r.owner ?? null,
  }));
