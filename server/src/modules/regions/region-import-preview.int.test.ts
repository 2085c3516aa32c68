import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { feature, square } from '../../test/region-files.js';

const { t, c } = useTestApp(['admin']);

// A new community in 永昌街道 (a street of the demo city) with two grids, far from the demo polygons.
const COMMUNITY = '220104004097';
const file = () => ({
  type: 'FeatureCollection',
  features: [
    feature(COMMUNITY, '预览社区', square(127, 45, 0.002)),
    feature(`${COMMUNITY}001`, '预览社区01网格', square(127, 45.001)),
    feature(`${COMMUNITY}002`, '预览社区02网格', square(127.001, 45.001), { gridType: 'special' }),
  ],
});

const preview = (body: unknown, cookie = c.admin) =>
  t.post('/api/regions/import/preview', cookie, body as object);

async function regionAudit(code: string) {
  const res = await t.get(`/api/audit?entity=region&entityId=${code}`, c.admin);
  return res.json().items as unknown[];
}

describe('previewing a region import', () => {
  it('lists every problem of a broken file and writes nothing', async () => {
    const broken = file();
    const [community, grid1, grid2] = broken.features;
    if (!community || !grid1 || !grid2) throw new Error('the test file lost a feature');
    grid1.properties.code = '22010400409700';
    Object.assign(grid2.properties, { gridType: 'huge' });
    const res = await preview(broken);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ valid: false, created: 0, updated: 0, rows: [] });
    expect(res.json().problems).toEqual([
      { index: 1, code: '22010400409700', reason: expect.stringMatching(/^bad code/) },
      { index: 2, code: `${COMMUNITY}002`, reason: 'gridType must be "basic" or "special"' },
    ]);
    // The community itself was fine, and still nothing of it was written.
    expect((await t.get(`/api/regions/${COMMUNITY}`, c.admin)).statusCode).toBe(404);
    expect(await regionAudit(COMMUNITY)).toEqual([]);
  });

  it('says the file itself is wrong when it has no features', async () => {
    const res = await preview({ type: 'FeatureCollection', features: [] });
    expect(res.json()).toMatchObject({
      valid: false,
      problems: [{ index: -1, code: null, reason: 'the collection has no features' }],
    });
  });

  it('shows a clean file parents first, what it would create, and still writes nothing', async () => {
    const res = await preview(file());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: true,
      problems: [],
      created: 3,
      updated: 0,
      rows: [
        {
          code: COMMUNITY,
          name: '预览社区',
          level: 'community',
          parentCode: '220104004000',
          change: 'create',
        },
        {
          code: `${COMMUNITY}001`,
          name: '预览社区01网格',
          level: 'grid',
          parentCode: COMMUNITY,
          change: 'create',
        },
        {
          code: `${COMMUNITY}002`,
          name: '预览社区02网格',
          level: 'grid',
          parentCode: COMMUNITY,
          change: 'create',
        },
      ],
    });
    expect((await t.get(`/api/regions/${COMMUNITY}`, c.admin)).statusCode).toBe(404);
    expect(await regionAudit(COMMUNITY)).toEqual([]);
  });

  it('agrees with the import that follows it, and then sees the nodes as redrawn', async () => {
    const first = await preview(file());
    const imported = await t.post('/api/regions/import', c.admin, file());
    expect(imported.json()).toEqual({ created: first.json().created, updated: first.json().updated });
    const again = await preview(file());
    expect(again.json()).toMatchObject({ valid: true, created: 0, updated: 3 });
    expect(again.json().rows.map((r: { change: string }) => r.change)).toEqual([
      'update',
      'update',
      'update',
    ]);
  });

  it('refuses a body that is not a FeatureCollection with a 400, and anyone but an admin with a 403', async () => {
    const bad = await preview({ type: 'Feature', features: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTruthy();
    const street = await t.login('street');
    const refused = await preview(file(), street);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PERMISSION_DENIED');
  });
});
