import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { demo } from '../../test/demo-places.js';

const { t, c } = useTestApp(['admin', 'hotline', 'community', 'street']);

interface Match {
  id: string | null;
  kind: string;
  text: string;
  lat: number;
  lng: number;
  community: { code: string; name: string } | null;
  external: boolean;
  distanceMeters: number | null;
}

async function search(q: string, cookie = c.hotline, extra = '') {
  const res = await t.get(`/api/addresses/search?q=${encodeURIComponent(q)}${extra}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Match[]; geocoder: string };
}

describe('searching the demo city’s gazetteer', () => {
  it('finds 义和路88号 first, with its point and community, however it is typed', async () => {
    for (const typed of ['义和路88号', '义和路 88 号', '义和路８８']) {
      const { items, geocoder } = await search(typed);
      expect(geocoder).toBe('off');
      expect(items[0], typed).toMatchObject({ kind: 'address', text: '义和路88号', external: false });
    }
    const [first] = (await search('义和路88号')).items;
    expect(first?.community?.code.startsWith(demo.yongchang.slice(0, 9))).toBe(true);
    const located = await t.get(`/api/regions/locate?lat=${first?.lat}&lng=${first?.lng}`, c.hotline);
    expect(located.json().community.code).toBe(first?.community?.code);
  });

  it('finds by pinyin and by pinyin initials', async () => {
    const byInitials = await search('yhl88');
    expect(byInitials.items[0]?.text).toBe('义和路88号');
    const byPinyin = await search('yiheLu');
    expect(byPinyin.items.length).toBeGreaterThan(0);
    expect(byPinyin.items.every((m) => m.text.startsWith('义和路'))).toBe(true);
  });

  it('finds 3号楼 in every community, the nearest first when told where the caller is', async () => {
    const far = await search('3号楼', c.hotline, '&limit=30');
    expect(far.items.length).toBe(30);
    expect(far.items.every((m) => m.kind === 'building' && m.text.includes('3号楼'))).toBe(true);
    const target = far.items[far.items.length - 1];
    if (!target) throw new Error('no building');
    const near = await search('3号楼', c.hotline, `&near=${target.lat},${target.lng}`);
    expect(near.items[0]).toMatchObject({ text: target.text, distanceMeters: 0 });
    const distances = near.items.map((m) => m.distanceMeters ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('finds landmarks', async () => {
    const { items } = await search('永昌小学');
    expect(items[0]).toMatchObject({ kind: 'landmark', text: '永昌小学' });
  });

  it('shows a community only the places inside it', async () => {
    const { items } = await search('号楼', c.community, '&limit=30');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.community?.code === demo.yongchangCommunity)).toBe(true);
    // 前进街道's buildings are outside the community's view.
    expect((await search('东田社区3号楼', c.community)).items).toEqual([]);
  });

  it('takes LIKE’s own characters literally, and refuses bad queries with a 400', async () => {
    expect((await search('%')).items).toEqual([]);
    // Punctuation is not compared at all, so neither % nor _ ever reaches LIKE as a wildcard.
    expect((await search('义和路_88%号')).items[0]?.text).toBe('义和路88号');
    for (const query of [
      '',
      'q=',
      'q=x&near=north',
      'q=x&near=43.9',
      'q=x&limit=0',
      `q=${'长'.repeat(101)}`,
      'q=x&what=1',
    ]) {
      const res = await t.get(`/api/addresses/search?${encodeURI(query)}`, c.hotline);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBeTruthy();
    }
  });

  it('is fast enough to search as the operator types', async () => {
    const started = performance.now();
    for (const q of ['义', '义和', '义和路', '义和路8', '义和路88', 'y', 'yh', 'yhl', '3号楼', '号'])
      await search(q);
    // Ten searches over some 3,000 entries, the contains-searches scanning: well under a keystroke each.
    expect((performance.now() - started) / 10).toBeLessThan(150);
  });
});

describe('importing a gazetteer', () => {
  const [lat, lng] = [43.925274, 125.255016];
  const geojson = (features: unknown[]) => ({ type: 'FeatureCollection', features });
  const pointFeature = (properties: Record<string, unknown>, coordinates: unknown = [lng, lat]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties,
  });
  const csv = (text: string) =>
    t.call({
      method: 'POST',
      url: '/api/addresses/import?dryRun=false',
      cookie: c.admin,
      headers: { 'content-type': 'text/csv' },
      payload: text,
    });

  it('previews a file with its errors and counts, writing nothing', async () => {
    const file = geojson([
      pointFeature({ kind: 'landmark', text: '测试大厦', source: 'test' }),
      pointFeature({ kind: 'castle', text: '城堡' }),
      pointFeature({ kind: 'address', text: '' }),
      pointFeature({ kind: 'address', text: '测试路1号' }, [200, 43]),
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: {} },
    ]);
    const res = await t.post('/api/addresses/import?dryRun=true', c.admin, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      imported: false,
      rows: 5,
      byKind: { landmark: 1 },
      outsideGrids: 0,
      batch: null,
    });
    expect(res.json().problems.map((p: { row: number }) => p.row)).toEqual([1, 2, 3, 4]);
    expect((await search('测试大厦')).items).toEqual([]);
    // The same file for real is refused whole.
    const refused = await t.post('/api/addresses/import', c.admin, file);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('ADDRESS_IMPORT_INVALID');
    expect(refused.json().error.message).toContain('row 1: kind must be one of');
    expect((await search('测试大厦')).items).toEqual([]);
  });

  it('imports GeoJSON in one go, each point given its community, and re-imports a source in place', async () => {
    const file = geojson([
      pointFeature({ kind: 'landmark', name: '测试大厦', source: 'test' }),
      pointFeature({ kind: 'building', text: '测试小区1号楼', source: 'test' }, [lng + 0.0001, lat]),
    ]);
    const res = await t.post('/api/addresses/import', c.admin, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: true, rows: 2, problems: [], batch: expect.any(String) });
    const [found] = (await search('测试大厦')).items;
    const [demoAddress] = (await search('义和路88号')).items;
    expect(found).toMatchObject({ kind: 'landmark', community: demoAddress?.community });
    expect((await search('csds')).items.map((m) => m.text)).toEqual(['测试大厦']);
    // Importing the source again replaces its entries rather than doubling them; other sources stay.
    await t.post('/api/addresses/import', c.admin, file);
    expect((await search('测试')).items).toHaveLength(2);
    expect((await search('义和路88号')).items[0]?.text).toBe('义和路88号');
  });

  it('imports CSV, quoted fields and all; a point outside every grid is kept, seen by no jurisdiction', async () => {
    const res = await csv(
      '\uFEFFtext,kind,lat,lng,source\n"测试公园, 南门",landmark,43.9,125.3,csv-test\r\n远方农场,landmark,30,100,csv-test\n',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: true, rows: 2, outsideGrids: 1 });
    const admin = await search('测试公园', c.admin);
    expect(admin.items[0]).toMatchObject({ text: '测试公园, 南门', community: expect.any(Object) });
    expect((await search('远方农场', c.admin)).items).toEqual([]);
  });

  it('refuses a CSV without the columns, with the row of each bad line', async () => {
    const noColumns = await csv('name,lat\n测试,43');
    expect(noColumns.statusCode).toBe(400);
    expect(noColumns.json().error.message).toContain('lacks kind, text, lng');
    const bad = await csv('kind,text,lat,lng\nlandmark,好的,43.9,125.3\nlandmark,坏的,north,125.3\n');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('row 3: lat must be');
  });

  it('is for those who import regions only', async () => {
    const res = await t.post('/api/addresses/import?dryRun=true', c.street, geojson([]));
    expect(res.statusCode).toBe(403);
    const wrong = await t.post('/api/addresses/import?dryRun=true', c.admin, { type: 'Nothing' });
    expect(wrong.statusCode).toBe(400);
  });
});
