import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { grid001, newCase, pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { cases } from '../cases/cases.tables.js';

const { t, c } = useTestApp(['admin', 'resident', 'community', 'community2', 'hotline']);

const secret = '井盖丢了，我电话 13812348765';
let yongchang: { id: string; lat: number; lng: number };
let qianjin: { id: string; lat: number; lng: number };

beforeAll(async () => {
  const here = await pointIn(t, c.admin, grid001);
  const there = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
  yongchang = await newCase(t, c.resident, { categoryCode: 'E0550', description: secret, ...here });
  qianjin = await newCase(t, c.hotline, {
    categoryCode: 'C0102',
    description: '路灯不亮',
    reporterName: '李师傅',
    reporterPhone: '13812348765',
    ...there,
  });
});

const map = async (cookie: string, query = '') => {
  const res = await t.get(`/api/map/cases${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** The columns read back as one object per case. */
function rows(answer: {
  id: string[];
  lat: number[];
  lng: number[];
  light: number[];
  status: number[];
  category: number[];
  statuses: string[];
  categories: string[];
}) {
  return answer.id.map((id, i) => ({
    id,
    lat: answer.lat[i],
    lng: answer.lng[i],
    light: answer.light[i],
    status: answer.statuses[answer.status[i] ?? -1],
    category: answer.categories[answer.category[i] ?? -1],
  }));
}

describe('GET /api/map/cases', () => {
  it('gives the whole city to the admin as columns of equal length, without personal data', async () => {
    const res = await t.get('/api/map/cases', c.admin);
    const answer = res.json();
    expect(answer.count).toBe(2);
    expect(answer.truncated).toBe(false);
    for (const column of ['id', 'lat', 'lng', 'light', 'status', 'category']) {
      expect(answer[column]).toHaveLength(2);
    }
    expect(rows(answer)).toEqual([
      {
        id: yongchang.id,
        lat: expect.closeTo(yongchang.lat, 6),
        lng: expect.closeTo(yongchang.lng, 6),
        light: 1,
        status: 'reported',
        category: 'E0550',
      },
      expect.objectContaining({ id: qianjin.id, category: 'C0102' }),
    ]);
    // The whole number and its masked form: a part as short as '138' turns up in random case ids.
    expect(res.body).not.toContain('13812348765');
    expect(res.body).not.toContain('138****8765');
    expect(res.body).not.toContain('井盖');
    expect(res.body).not.toContain('李师傅');
  });

  it("keeps each community to its own jurisdiction's cases", async () => {
    expect((await map(c.community)).id).toEqual([yongchang.id]);
    // community2 is the first community of 前进街道.
    expect((await map(c.community2)).id).toEqual([qianjin.id]);
  });

  it('shows a resident only their own reports', async () => {
    expect((await map(c.resident)).id).toEqual([yongchang.id]);
  });

  it('filters by category, status, region, day and box', async () => {
    expect((await map(c.admin, '?categoryCode=C0102')).id).toEqual([qianjin.id]);
    expect((await map(c.admin, '?status=closed')).count).toBe(0);
    expect((await map(c.admin, '?status=closed&status=reported')).id).toEqual([yongchang.id]);
    const both = `?status=reported&status=${rows(await map(c.admin)).at(-1)?.status}`;
    expect((await map(c.admin, both)).count).toBe(2);
    expect((await map(c.admin, `?regionCode=${demo.qianjin}`)).id).toEqual([qianjin.id]);
    expect((await map(c.admin, '?to=2020-01-01')).count).toBe(0);
    expect((await map(c.admin, '?from=2020-01-01')).count).toBe(2);
    const d = 0.0005;
    const box = [yongchang.lng - d, yongchang.lat - d, yongchang.lng + d, yongchang.lat + d].join(',');
    expect((await map(c.admin, `?bbox=${box}`)).id).toEqual([yongchang.id]);
  });

  it('colours a step past its deadline red and one past its warning yellow', async () => {
    const past = new Date(Date.now() - 60_000);
    const later = new Date(Date.now() + 3_600_000);
    await t.database.db
      .update(cases)
      .set({ stepDueAt: past, stepWarnAt: past })
      .where(eq(cases.id, yongchang.id));
    await t.database.db
      .update(cases)
      .set({ stepDueAt: later, stepWarnAt: past })
      .where(eq(cases.id, qianjin.id));
    const lights = Object.fromEntries(rows(await map(c.admin)).map((r) => [r.id, r.light]));
    expect(lights).toEqual({ [yongchang.id]: 3, [qianjin.id]: 2 });
  });

  it.each([
    ['a box with its south above its north', '?bbox=125,44,126,43', 'BBOX_INVALID'],
    ['a box off the globe', '?bbox=125,43,200,44', 'BBOX_INVALID'],
    ['a box that is not numbers', '?bbox=a,b,c,d', 'VALIDATION_FAILED'],
    ['days in the wrong order', '?from=2026-02-01&to=2026-01-01', 'DATE_RANGE_INVALID'],
    ['an unknown status', '?status=lost', 'VALIDATION_FAILED'],
    ['an unknown parameter', '?colour=red', 'VALIDATION_FAILED'],
    ['a region code that is no region', '?regionCode=000000000000', 'VALIDATION_FAILED'],
  ])('refuses %s with a 400', async (_, query, code) => {
    const res = await t.get(`/api/map/cases${query}`, c.admin);
    expect(res.statusCode, res.body).toBe(400);
    if (code !== 'VALIDATION_FAILED') expect(res.json().error.code).toBe(code);
  });

  it('asks for a sign-in first', async () => {
    expect((await t.get('/api/map/cases', undefined)).statusCode).toBe(401);
  });
});
