import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, useTestApp } from '../../test/actors.js';
import { newCase, ownPhoto, pointIn, report, takeSteps, uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { fromThisMonth, readKpis } from '../../test/kpis.js';
import { drainKpiOutbox } from './rollup/apply-outbox.js';

const { t, c } = useTestApp([...CASE_CREW, 'community', 'leader', 'community2', 'street']);
// From this month's start well into the next: a case due after midnight on the last day still counts.
const period = fromThisMonth();

beforeAll(async () => {
  // Two 井盖缺失 cases in 义和社区: one taken through the loop to closure, once reworked; one left open.
  const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
  const photo = await uploadPhoto(t, c.department);
  const done = (await newCase(t, c.resident, { categoryCode: 'E0550', description: '已处理的井盖', ...at }))
    .id;
  await report(t, c.resident, { categoryCode: 'E0550', description: '未处理的井盖', ...at });
  await takeSteps(t, c, done, [
    ['community', 'verify'],
    ['community', 'register'],
    ['shiftlead', 'file'],
    ['dispatcher', 'dispatch'],
    ['department', 'accept'],
    ['department', 'feedback', { photoIds: [photo] }],
    ['community', 'check_fail', { note: '未修好', ...(await ownPhoto(t, c.community)) }],
    ['department', 'feedback', { photoIds: [photo] }],
    ['community', 'check_pass', await ownPhoto(t, c.community)],
    ['shiftlead', 'close'],
  ]);
  await drainKpiOutbox(t.database.db);
});

const kpis = (cookie: string, query: string) => t.get(`/api/stats/kpis?${period}&${query}`, cookie);

describe('KPIs from the rollups', () => {
  it('give the case-loop figures of a community, its street, the district and the department', async () => {
    for (const scope of [
      `regionCode=${demo.yongchangCommunity}`,
      `regionCode=${demo.yongchang}`,
      `regionCode=${demo.district}`,
    ]) {
      const body = await readKpis(t, c.admin, `${period}&${scope}`);
      expect(body.counts).toMatchObject({
        reported: 2,
        filed: 1,
        dispatched: 1,
        reworked: 1,
        handled: 2,
        verifiedPublicReports: 1,
      });
      // Reworked, never returned: the unit's work failed, the dispatch was right (准确派遣率 judges the dispatcher).
      expect(body.caseLoop).toMatchObject({ reworkRate: 1, accurateDispatchRate: 1, publicReportRate: 1 });
    }
    const other = await readKpis(t, c.admin, `${period}&regionCode=${demo.qianjin}`);
    expect(other.counts.reported).toBe(0);
    expect(other.caseLoop.reworkRate).toBeNull();
    const asDepartment = await readKpis(t, c.department, `${period}&`);
    expect(asDepartment.counts).toMatchObject({ dispatched: 1, handled: 2 });
  });

  it('keep each user to their jurisdiction', async () => {
    const res = await kpis(c.community2, `regionCode=${demo.yongchangCommunity}`);
    expect(res.statusCode).toBe(404);
    const own = await readKpis(t, c.community2, `${period}&`);
    expect(own.counts.reported).toBe(0);
    const resident = await kpis(c.resident, '');
    expect(resident.statusCode).toBe(403);
  });

  it('refuse a period that ends before it starts, or none at all', async () => {
    const res = await t.get('/api/stats/kpis?from=2026-11-30&to=2026-11-01', c.leader);
    expect(res.json().error.code).toBe('BAD_PERIOD');
    const none = await t.get('/api/stats/kpis', c.leader);
    expect(none.json().error.code).toBe('PERIOD_REQUIRED');
  });
});

describe('the four rankings', () => {
  it.each(['street', 'community', 'grid', 'department'])(
    'rank every %s in the jurisdiction with a breakdown',
    async (kind) => {
      const res = await t.get(`/api/stats/rankings?kind=${kind}&${period}`, c.leader);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as {
        unit: string;
        rank: number | null;
        score: number | null;
        parts: { name: string; weight: number; points: number | null }[];
      }[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.parts.length).toBeGreaterThan(0);
        if (item.score !== null) {
          expect(item.parts.reduce((sum, p) => sum + (p.points ?? 0), 0)).toBeCloseTo(item.score, 9);
        } else {
          expect(item.rank).toBeNull();
        }
      }
    },
  );

  it('scores a street only by what it has figures for', async () => {
    const res = await t.get(`/api/stats/rankings?kind=street&${period}`, c.leader);
    const yongchang = res.json().items.find((i: { unit: string }) => i.unit === demo.yongchang);
    // One case due and closed (late or not decided by the clock); no 12345 callbacks: closure alone scores it.
    expect(yongchang.parts.find((p: { name: string }) => p.name === 'hotline')).toMatchObject({
      value: null,
      weight: 0,
    });
    expect(yongchang.parts.find((p: { name: string }) => p.name === 'onTimeClosure').weight).toBe(1);
  });
});
