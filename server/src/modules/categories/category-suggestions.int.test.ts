import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { newCase, pointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { SUGGESTED_COMMON } from './category-suggestions.js';

const { t, c } = useTestApp(['admin', 'resident', 'courier', 'street']);

const here = demo.gridOf(demo.yongchangCommunity, 1);
const elsewhere = demo.gridOf(demo.qianjinCommunity, 1);

const suggested = async (who: string, query = '') => {
  const res = await t.get(`/api/categories/suggested${query}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { recent: string[]; common: string[] };
};

describe('categories offered first on the report form', () => {
  it("puts the reporter's latest first, each once, then what the point's community usually reports", async () => {
    const at = await pointIn(t, c.admin, here);
    const away = await pointIn(t, c.admin, elsewhere);
    // The courier's history: E0450 twice, then E0550 last.
    for (const categoryCode of ['E0450', 'E0450', 'E0550'])
      await newCase(t, c.courier, { categoryCode, description: '随手拍', ...at });
    // The community around `at` mostly reports E0101; another community reports E0504, which must not leak in.
    for (let i = 0; i < 3; i += 1)
      await newCase(t, c.resident, { categoryCode: 'E0101', description: '私搭乱建', ...at });
    for (let i = 0; i < 5; i += 1)
      await newCase(t, c.resident, { categoryCode: 'E0504', description: '下水外溢', ...away });

    const { recent, common } = await suggested(c.courier, `?lat=${at.lat}&lng=${at.lng}`);
    expect(recent).toEqual(['E0550', 'E0450']);
    // Most reported first; the courier's own are not offered twice.
    expect(common[0]).toBe('E0101');
    expect(common).not.toContain('E0504');
    expect(common).not.toContain('E0550');
    expect(common.length).toBeLessThanOrEqual(SUGGESTED_COMMON);

    // Staff with no reports and no point: their own street's usual, nothing from the other street.
    expect(await suggested(c.street)).toEqual({ recent: [], common: ['E0101', 'E0450', 'E0550'] });
    // The public have no area of their own: without a point, only their own latest.
    expect((await suggested(c.courier)).common).toEqual([]);
  });

  it('answers a point with no grid with the recent ones only, and refuses half a point or a bad one', async () => {
    const offGrid = await suggested(c.resident, '?lat=39.9&lng=116.4');
    expect(offGrid.common).toEqual([]);
    for (const query of ['?lat=43.9', '?lng=125.2', '?lat=abc&lng=1', '?lat=91&lng=0', '?x=1']) {
      const res = await t.get(`/api/categories/suggested${query}`, c.resident);
      expect(res.statusCode, query).toBe(400);
    }
    expect((await t.get('/api/categories/suggested', undefined)).statusCode).toBe(401);
  });
});
