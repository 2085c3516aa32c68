import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { CASE_CREW, useTestApp } from '../../test/actors.js';
import { MANHOLE, newCase, STALLS, usePointIn } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { readKpis, thisMonth } from '../../test/kpis.js';
import { expectOk } from '../../test/test-app.js';
import { drainKpiOutbox } from './rollup/apply-outbox.js';

const { t, c } = useTestApp([...CASE_CREW, 'leader', 'community2']);
const at = usePointIn(t, c);
const month = thisMonth();
const today = chinaDayOf(new Date());
const community = `regionCode=${demo.yongchangCommunity}`;

beforeAll(async () => {
  await newCase(t, c.resident, { categoryCode: MANHOLE, description: '井盖丢了', ...at });
  await newCase(t, c.resident, { categoryCode: MANHOLE, description: '又一个井盖丢了', ...at });
  await newCase(t, c.resident, { categoryCode: STALLS, description: '占道经营', ...at });
  await drainKpiOutbox(t.database.db);
});

describe('the trend', () => {
  it('gives every day of the period, and its days add up to the period’s figures', async () => {
    const period = `from=${month}-01&to=${today}`;
    const trend = expectOk(await t.get(`/api/stats/trend?${period}&${community}`, c.leader)).json();
    expect(trend.points.length).toBe(Number(today.slice(8)));
    expect(trend.points[0].bucket).toBe(`${month}-01`);
    expect(trend.points.at(-1).bucket).toBe(today);
    const kpis = await readKpis(t, c.leader, `${period}&${community}`);
    const reported = trend.points.reduce(
      (n: number, p: { report: { counts: { reported: number } } }) => n + p.report.counts.reported,
      0,
    );
    expect(reported).toBe(kpis.counts.reported);
    expect(trend.points.at(-1).report.counts.reported).toBe(3);
  });

  it('gives months, the last one equal to that month’s figures', async () => {
    const trend = expectOk(
      await t.get(
        `/api/stats/trend?granularity=month&from=${Number(month.slice(0, 4)) - 1}-01-01&to=${today}`,
        c.leader,
      ),
    ).json();
    expect(trend.points.at(-1).bucket).toBe(month);
    expect(trend.points.length).toBeGreaterThanOrEqual(13);
    const kpis = await readKpis(t, c.leader, `month=${month}`);
    expect(trend.points.at(-1).report.counts).toEqual(kpis.counts);
  });

  it('refuses a period too long to draw, and a region outside the jurisdiction', async () => {
    const long = await t.get('/api/stats/trend?from=2020-01-01&to=2026-12-31', c.leader);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('PERIOD_TOO_LONG');
    const outside = await t.get(`/api/stats/trend?month=${month}&${community}`, c.community2);
    expect(outside.statusCode).toBe(404);
    const bad = await t.get(`/api/stats/trend?month=${month}&granularity=week`, c.leader);
    expect(bad.statusCode).toBe(400);
  });
});

describe('the rising categories', () => {
  it('put first the category with the most new reports against the period before', async () => {
    const body = expectOk(
      await t.get(`/api/stats/rising-categories?month=${month}&${community}`, c.leader),
    ).json();
    expect(body.items[0]).toMatchObject({ categoryCode: MANHOLE, current: 2, change: 2 });
    expect(body.items[0].name).not.toBe(MANHOLE);
    expect(body.items.map((i: { categoryCode: string }) => i.categoryCode)).toContain(STALLS);
    expect(body.previous.to < body.period.from).toBe(true);
    const none = expectOk(await t.get(`/api/stats/rising-categories?month=${month}`, c.community2)).json();
    expect(none.items).toEqual([]);
  });
});

describe('the rankings, paged and by region', () => {
  it('give a page of the units at their ranks among all, and the total', async () => {
    const all = expectOk(await t.get(`/api/stats/rankings?kind=grid&month=${month}`, c.leader)).json();
    const page2 = expectOk(
      await t.get(`/api/stats/rankings?kind=grid&month=${month}&page=2&pageSize=5`, c.leader),
    ).json();
    expect(page2).toMatchObject({ total: all.total, page: 2, pageSize: 5 });
    expect(page2.items.map((i: { unit: string; rank: number }) => [i.unit, i.rank])).toEqual(
      all.items.slice(5, 10).map((i: { unit: string; rank: number }) => [i.unit, i.rank]),
    );
    expect(all.total).toBeGreaterThan(300);
  });

  it('keep to a region: a community’s grids only, and a name search within them', async () => {
    const grids = expectOk(
      await t.get(`/api/stats/rankings?kind=grid&month=${month}&${community}`, c.leader),
    ).json();
    expect(grids.total).toBeGreaterThan(1);
    expect(grids.items.every((i: { unit: string }) => i.unit.startsWith(demo.yongchangCommunity))).toBe(true);
    const name = grids.items[1].name as string;
    const found = expectOk(
      await t.get(
        `/api/stats/rankings?kind=grid&month=${month}&${community}&q=${encodeURIComponent(name)}`,
        c.leader,
      ),
    ).json();
    expect(found.items.map((i: { name: string }) => i.name)).toContain(name);
    expect(found.items[0].rank).toBe(
      grids.items.find((i: { name: string }) => i.name === found.items[0].name).rank,
    );
    const outside = await t.get(`/api/stats/rankings?kind=grid&month=${month}&${community}`, c.community2);
    expect(outside.statusCode).toBe(404);
  });
});

describe('the live feed', () => {
  it('gives the latest case events of the jurisdiction without personal data, then only what is new', async () => {
    const first = expectOk(await t.get('/api/stats/feed?limit=2', c.leader)).json();
    expect(first.items.length).toBe(2);
    expect(first.cursor).toBe(first.items[0].id);
    expect(first.items[0]).toMatchObject({
      action: expect.any(String),
      caseCode: expect.any(String),
      place: expect.any(String),
    });
    const text = JSON.stringify(first);
    expect(text).not.toContain('井盖丢了');
    expect(text).not.toContain('reporter');
    const quiet = expectOk(await t.get(`/api/stats/feed?after=${first.cursor}`, c.leader)).json();
    expect(quiet).toEqual({ cursor: first.cursor, items: [] });
    const made = await newCase(t, c.resident, { categoryCode: STALLS, description: '新的占道', ...at });
    const news = expectOk(await t.get(`/api/stats/feed?after=${first.cursor}`, c.leader)).json();
    expect(news.items.map((i: { caseId: string }) => i.caseId)).toContain(made.id);
    expect(news.cursor).toBeGreaterThan(first.cursor);
    // Another community's staff see none of it.
    const other = expectOk(await t.get(`/api/stats/feed?after=${first.cursor}`, c.community2)).json();
    expect(other.items).toEqual([]);
    expect((await t.get('/api/stats/feed?after=-1', c.leader)).statusCode).toBe(400);
    expect((await t.get('/api/stats/feed', c.resident)).statusCode).toBe(403);
  });
});
