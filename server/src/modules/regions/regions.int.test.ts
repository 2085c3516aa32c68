import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';

const { t, c } = useTestApp(['admin', 'community']);

interface Tree {
  code: string;
  level: string;
  children: Tree[];
}
const flatten = (n: Tree): Tree[] => [n, ...n.children.flatMap(flatten)];

/** A point well inside a grid: the middle of its polygon's bounding box, nudged off shared edges. */
const pointInside = (gridCode: string) => pointIn(t, c.admin, gridCode);

describe('the region tree', () => {
  it('runs city > district > street > community > grid with 48 grids in 永昌街道', async () => {
    const res = await t.get('/api/regions/tree', c.admin);
    const nodes = flatten(res.json().root);
    expect(nodes[0]).toMatchObject({ code: demo.city, level: 'city' });
    const yongchang = nodes.find((n) => n.code === demo.yongchang);
    expect(yongchang && flatten(yongchang).filter((n) => n.level === 'grid')).toHaveLength(48);
    for (const n of nodes.filter((x) => x.level === 'grid')) expect(n.code).toMatch(/^\d{15}$/);
  });

  it('starts at the community for community staff and holds nothing of other communities', async () => {
    const res = await t.get('/api/regions/tree', c.community);
    const nodes = flatten(res.json().root);
    expect(nodes[0]?.code).toBe(demo.yongchangCommunity);
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) expect(n.code.startsWith(demo.yongchangCommunity)).toBe(true);
  });

  it('gives a node with its polygon and ancestors, and 404 for one outside the jurisdiction', async () => {
    const own = demo.gridOf(demo.yongchangCommunity);
    const res = await t.get(`/api/regions/${own}`, c.community);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toMatchObject({
      code: own,
      level: 'grid',
      gridType: expect.any(String),
      validFrom: '2024-01-01',
    });
    expect(body.region.geometry.type).toMatch(/Polygon/);
    expect(body.ancestors.map((a: { level: string }) => a.level)).toEqual([
      'community',
      'street',
      'district',
      'city',
    ]);
    for (const foreign of [
      demo.gridOf(demo.qianjinCommunity),
      demo.qianjin,
      demo.gridOf(demo.yongchangOtherCommunity),
    ]) {
      const refused = await t.get(`/api/regions/${foreign}`, c.community);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.code).toBe('REGION_NOT_FOUND');
      const grids = await t.get(`/api/regions/${foreign}/grids`, c.community);
      expect(grids.statusCode).toBe(404);
    }
  });

  it('lists the grids under a node as GeoJSON', async () => {
    const res = await t.get(`/api/regions/${demo.yongchang}/grids`, c.admin);
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(48);
    expect(fc.features[0].properties.communityCode).toMatch(/^\d{12}$/);
  });

  it('asks for a sign-in', async () => {
    const res = await t.get('/api/regions/tree');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('locate', () => {
  it('returns the grid and its chain', async () => {
    const grid = demo.gridOf(demo.yongchangCommunity, 5);
    const { lat, lng } = await pointInside(grid);
    const res = await t.get(`/api/regions/locate?lat=${lat}&lng=${lng}`, c.community);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      grid: { code: grid },
      community: { code: demo.yongchangCommunity, name: '义和社区' },
      street: { code: demo.yongchang, name: '永昌街道' },
      district: { code: demo.district, name: '朝阳区' },
    });
  });

  it('gives 404 POINT_OUTSIDE_GRIDS off the map and POINT_OUTSIDE_JURISDICTION in another street', async () => {
    const off = await t.get('/api/regions/locate?lat=39.9&lng=116.4', c.community);
    expect(off.statusCode).toBe(404);
    expect(off.json().error.code).toBe('POINT_OUTSIDE_GRIDS');
    const { lat, lng } = await pointInside(demo.gridOf(demo.qianjinCommunity));
    const elsewhere = await t.get(`/api/regions/locate?lat=${lat}&lng=${lng}`, c.community);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('POINT_OUTSIDE_JURISDICTION');
    const asAdmin = await t.get(`/api/regions/locate?lat=${lat}&lng=${lng}`, c.admin);
    expect(asAdmin.json().street.code).toBe(demo.qianjin);
  });

  it.each([
    ['lat=abc&lng=125.3'],
    ['lat=43.9'],
    ['lat=91&lng=125.3'],
    ['lat=43.9&lng=181'],
    ['lat=43.9&lng=125.3&extra=1'],
  ])('refuses %s with 400', async (query) => {
    const res = await t.get(`/api/regions/locate?${query}`, c.community);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
