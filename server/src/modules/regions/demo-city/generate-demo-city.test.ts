import pointInPolygon from 'point-in-polygon-hao';
import { describe, expect, it } from 'vitest';
import { parseRegionCode } from '../../../lib/codes/region-code.js';
import type { Feature, Polygon } from '../../../lib/geo/geojson.js';
import { GridIndex } from '../../../lib/geo/grid-index.js';
import { validatePolygonGeometry } from '../../../lib/geo/polygon-checks.js';
import { seededRandom } from '../../../lib/seeded-random.js';
import { changchunChaoyang } from './demo-division.js';
import { generateDemoCity, type RegionProps } from './generate-demo-city.js';
import { areaKm2, scaleAt } from './rectangles.js';

type RegionFeature = Feature<Polygon, RegionProps>;

const city = generateDemoCity(changchunChaoyang);
const levelOf = (f: RegionFeature) => {
  const parsed = parseRegionCode(f.properties.code);
  return 'error' in parsed ? 'invalid' : parsed.level;
};
const at = (level: string) => city.features.filter((f) => levelOf(f) === level);
const grids = at('grid');
const communities = at('community');
const streets = at('street');
const [district] = at('district');
const yongchang = changchunChaoyang.streets.find((s) => s.name === '永昌街道');

function bbox(f: RegionFeature) {
  const ring = f.geometry.coordinates[0] ?? [];
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return { west: Math.min(...xs), south: Math.min(...ys), east: Math.max(...xs), north: Math.max(...ys) };
}

function containing(features: readonly RegionFeature[], lng: number, lat: number): RegionFeature[] {
  return features.filter((f) => pointInPolygon([lng, lat], f.geometry.coordinates) !== false);
}

function gridsOf(communityCode: string): RegionFeature[] {
  return grids.filter((g) => g.properties.code.startsWith(communityCode));
}

describe('generateDemoCity', () => {
  it('draws every level of the real division with valid codes, parents before children', () => {
    expect(at('invalid')).toEqual([]);
    expect(at('city').map((f) => f.properties.name)).toEqual(['长春市']);
    expect(district?.properties).toMatchObject({ code: '220104000000', name: '朝阳区' });
    expect(streets).toHaveLength(changchunChaoyang.streets.length);
    const fixtureCommunities = changchunChaoyang.streets.flatMap((s) => s.communities);
    expect(communities.map((f) => f.properties.code)).toEqual(fixtureCommunities.map((c) => c.code));
    const seen = new Set<string>();
    for (const f of city.features) {
      const parsed = parseRegionCode(f.properties.code);
      if ('error' in parsed) throw new Error(parsed.error);
      if (parsed.parentCode !== null) expect(seen).toContain(parsed.parentCode);
      expect(seen).not.toContain(f.properties.code);
      seen.add(f.properties.code);
      expect(validatePolygonGeometry(f.geometry)).toBeNull();
    }
  });

  it('gives 永昌街道 exactly 48 grids over about 1.97 km²', () => {
    if (yongchang === undefined) throw new Error('永昌街道 is missing from the fixture');
    expect(grids.filter((g) => g.properties.code.startsWith(yongchang.code.slice(0, 9)))).toHaveLength(48);
    const street = streets.find((s) => s.properties.code === yongchang.code);
    if (street === undefined) throw new Error('永昌街道 was not drawn');
    expect(areaKm2(bbox(street), scaleAt(43.86))).toBeCloseTo(1.97, 1);
  });

  it('gives every other community 3 to 6 grids', () => {
    for (const community of communities) {
      if (community.properties.code.startsWith(yongchang?.code.slice(0, 9) ?? '-')) continue;
      const count = gridsOf(community.properties.code).length;
      expect(count, community.properties.name).toBeGreaterThanOrEqual(3);
      expect(count, community.properties.name).toBeLessThanOrEqual(6);
    }
  });

  it('codes each grid as its community code plus a sequence from 001, and keeps it inside', () => {
    for (const community of communities) {
      const box = bbox(community);
      const own = gridsOf(community.properties.code);
      expect(own.map((g) => g.properties.code)).toEqual(
        own.map((_, k) => `${community.properties.code}${String(k + 1).padStart(3, '0')}`),
      );
      for (const g of own) {
        expect(g.properties.code).toMatch(/^\d{15}$/);
        for (const [lng, lat] of g.geometry.coordinates[0] ?? []) {
          expect(lng).toBeGreaterThanOrEqual(box.west);
          expect(lng).toBeLessThanOrEqual(box.east);
          expect(lat).toBeGreaterThanOrEqual(box.south);
          expect(lat).toBeLessThanOrEqual(box.north);
        }
      }
    }
  });

  it('numbers grids west to east, then north to south', () => {
    for (const community of communities) {
      const own = gridsOf(community.properties.code).map(bbox);
      for (let k = 1; k < own.length; k++) {
        const before = own[k - 1];
        const here = own[k];
        if (before === undefined || here === undefined) continue;
        if (here.north === before.north) expect(here.west).toBe(before.east);
        else expect(here.north).toBe(before.south);
      }
    }
  });

  it('tiles the district: every point lies in exactly one street, community and grid, which nest', () => {
    if (district === undefined) throw new Error('no district');
    const box = bbox(district);
    const random = seededRandom(42);
    const index = GridIndex.build(grids.map((g) => ({ code: g.properties.code, geometry: g.geometry })));
    const problems: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const lng = box.west + random() * (box.east - box.west);
      const lat = box.south + random() * (box.north - box.south);
      const [street, ...moreStreets] = containing(streets, lng, lat);
      const [community, ...moreCommunities] = containing(communities, lng, lat);
      const [grid, ...moreGrids] = containing(grids, lng, lat);
      const codes = [street, community, grid].map((f) => f?.properties.code ?? '');
      const [streetCode = '', communityCode = '', gridCode = ''] = codes;
      const nested = communityCode.startsWith(streetCode.slice(0, 9)) && gridCode.startsWith(communityCode);
      const counts = [moreStreets.length, moreCommunities.length, moreGrids.length];
      if (codes.includes('') || counts.some((n) => n > 0) || !nested || index.locate(lng, lat) !== gridCode) {
        problems.push(`${lng},${lat}: ${codes.join(' / ')} (extra ${counts.join(',')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks two grids per street as special, names them so, and hands every grid to its community', () => {
    for (const street of streets) {
      const special = grids.filter(
        (g) =>
          g.properties.code.startsWith(street.properties.code.slice(0, 9)) &&
          g.properties.gridType === 'special',
      );
      expect(special, street.properties.name).toHaveLength(2);
      for (const g of special) expect(g.properties.name).toMatch(/（(学校|农贸市场)专属网格）$/);
    }
    for (const g of grids) {
      const community = communities.find((c) => c.properties.code === g.properties.code.slice(0, 12));
      expect(g.properties).toMatchObject({
        ownerOfLastResort: community?.properties.name,
        validFrom: '2024-01-01',
        validTo: null,
      });
      if (g.properties.gridType === 'basic') expect(g.properties.name).toMatch(/\d\d网格$/);
    }
  });

  it('names grids after their community the way people say it', () => {
    expect(gridsOf('220104004001')[2]?.properties.name).toBe('义和社区03网格');
    expect(gridsOf('220104009305')[0]?.properties.name).toBe('双山村01网格');
  });

  it('draws the same city every time', () => {
    expect(generateDemoCity(changchunChaoyang)).toEqual(city);
  });

  it('puts the city around the district, near the real 长春市朝阳区', () => {
    const [cityFeature] = at('city');
    if (cityFeature === undefined || district === undefined) throw new Error('missing city or district');
    for (const [lng, lat] of district.geometry.coordinates[0] ?? []) {
      expect(pointInPolygon([lng, lat], cityFeature.geometry.coordinates)).toBe(true);
    }
    const box = bbox(district);
    expect((box.west + box.east) / 2).toBeCloseTo(125.3, 1);
    expect((box.south + box.north) / 2).toBeCloseTo(43.86, 1);
  });
});
