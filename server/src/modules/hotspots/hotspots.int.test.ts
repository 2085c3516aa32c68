import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { plantDemoHotspot } from '../../seed/demo-hotspot.js';
import { departmentIds, useTestApp } from '../../test/actors.js';
import { caseFiledAt, MANHOLE, pointIn, STALLS } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { cases } from '../cases/cases.tables.js';
import { whistleOrderCases } from '../whistle/whistle.tables.js';
import { areaOf } from './hotspot-area.js';
import { detectNow } from './hotspot-schedule.js';
import { hotspotProposals } from './hotspots.tables.js';

const { t, c } = useTestApp([
  'admin',
  'street',
  'community',
  'community2',
  'leader',
  'department',
  'resident',
]);

const HOUR_MS = 3_600_000;
/** 暴露垃圾. */
const GARBAGE = 'E0102';
const DAY_MS = 24 * HOUR_MS;
const now = new Date(Date.now() - HOUR_MS);

interface Proposal {
  id: string;
  kind: string;
  status: string;
  area: string;
  categoryCode: string;
  observed: number;
  expected: number;
  caseCount: number;
  action: string | null;
  actionCaseId: string | null;
}

const proposalsOf = async (cookie: string, query = '') => {
  const res = await t.get(`/api/hotspots/proposals?pageSize=100${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; items: Proposal[] };
};

describe('hotspot proposals, from the detector to a proactive case', () => {
  let planted: Proposal;
  let plantedArea: string;

  it('finds the planted week of stalls on the road against a quiet background and files one proposal', async () => {
    // A background: the same category now and then in 前进街道 over the last five weeks.
    const quiet = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
    for (let i = 0; i < 6; i++) {
      await caseFiledAt(t, new Date(now.getTime() - (5 + i * 5) * DAY_MS), {
        categoryCode: STALLS,
        description: `背景案件 ${i}`,
        ...quiet,
      });
    }
    expect(await plantDemoHotspot({ db: t.database.db, regions: t.regions }, now, ['courier'])).toBe(9);
    const plantedCases = await t.database.db
      .select({ cell: cases.h3Cell })
      .from(cases)
      .where(eq(cases.address, '永昌街道菜市场西口'));
    plantedArea = areaOf(plantedCases[0]?.cell ?? '');
    expect(new Set(plantedCases.map((p) => areaOf(p.cell)))).toEqual(new Set([plantedArea]));

    const run = await detectNow(t.database.db, now, 'full');
    expect(run).toMatchObject({ mode: 'full', opened: expect.any(Number) });
    const open = await proposalsOf(c.street, '&status=open');
    const found = open.items.filter((p) => p.categoryCode === STALLS && p.kind === 'cluster');
    expect(found).toHaveLength(1);
    planted = found[0] as Proposal;
    expect([plantedArea]).toContain(planted.area);
    expect(planted.observed).toBe(9);
    expect(planted.expected).toBeLessThan(9 / 2);
    expect(planted.caseCount).toBe(9);
    // The street's staff hear of it in their inbox; another street's do not.
    const inbox = async (cookie: string) =>
      ((await t.get('/api/notifications', cookie)).json().items as { kind: string; title: string }[]).filter(
        (n) => n.kind === 'hotspot_proposed',
      );
    expect(await inbox(c.street)).toEqual([
      expect.objectContaining({ title: expect.stringContaining('占道经营') }),
    ]);
    expect(await inbox(c.community2)).toEqual([]);
  });

  it('shows the evidence: the cases without personal data, a trend over the window and baseline, the outline', async () => {
    const res = await t.get(`/api/hotspots/proposals/${planted.id}`, c.street);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.cases).toHaveLength(9);
    expect(res.body).not.toMatch(/reporterPhone|reporterName|\+86/);
    expect(detail.trend.length).toBeGreaterThanOrEqual(35);
    expect(detail.trend.length).toBeLessThanOrEqual(36);
    expect(detail.trend.reduce((n: number, d: { count: number }) => n + d.count, 0)).toBeGreaterThanOrEqual(
      9,
    );
    expect(detail.cells.length).toBeGreaterThanOrEqual(1);
    expect(detail.cells[0]).toHaveLength(6);
  });

  it('is the street’s: another street, a department and a resident do not see it', async () => {
    expect((await proposalsOf(c.community)).items.map((p) => p.id)).toContain(planted.id);
    expect((await proposalsOf(c.leader)).items.map((p) => p.id)).toContain(planted.id);
    expect((await proposalsOf(c.community2)).items.map((p) => p.id)).not.toContain(planted.id);
    expect((await t.get(`/api/hotspots/proposals/${planted.id}`, c.community2)).statusCode).toBe(404);
    expect(
      (await t.post(`/api/hotspots/proposals/${planted.id}/dismiss`, c.community2, { reason: '不是我们的' }))
        .statusCode,
    ).toBe(404);
    for (const who of [c.department, c.resident]) {
      expect((await t.get('/api/hotspots/proposals', who)).statusCode).toBe(403);
      expect((await t.get(`/api/hotspots/proposals/${planted.id}`, who)).statusCode).toBe(403);
    }
  });

  it('updates the open proposal on the next run rather than filing it twice', async () => {
    const run = await detectNow(t.database.db, new Date(now.getTime() + 1000), 'full');
    expect(run).toMatchObject({ opened: 0 });
    const rows = await t.database.db
      .select()
      .from(hotspotProposals)
      .where(eq(hotspotProposals.categoryCode, STALLS));
    expect(rows).toHaveLength(1);
  });

  it('an incremental run scores the places new cases touched and files what they make', async () => {
    const before = await detectNow(t.database.db, new Date(now.getTime() + 2000), 'incremental');
    expect(before).toMatchObject({ mode: 'incremental', newCases: 0, opened: 0 });
    const spot = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 2));
    for (let i = 0; i < 8; i++) {
      await caseFiledAt(t, new Date(now.getTime() + 3000 + i), {
        categoryCode: MANHOLE,
        description: `井盖又坏了 ${i}`,
        lat: spot.lat + i * 1e-5,
        lng: spot.lng,
      });
    }
    const run = await detectNow(t.database.db, new Date(now.getTime() + 10_000), 'incremental');
    expect(run).toMatchObject({ mode: 'incremental', newCases: 8, clusters: 1, opened: 1 });
    // Looking back over the late margin counts nobody twice.
    const again = await detectNow(t.database.db, new Date(now.getTime() + 11_000), 'incremental');
    expect(again).toMatchObject({ mode: 'incremental', newCases: 0, opened: 0 });
    const manholes = (await proposalsOf(c.street, '&status=open')).items.filter(
      (p) => p.categoryCode === MANHOLE,
    );
    expect(manholes).toHaveLength(1);
    expect(manholes[0]?.observed).toBe(8);
  });

  it('refuses bad decisions with a clear 4xx and changes nothing', async () => {
    const url = `/api/hotspots/proposals/${planted.id}`;
    expect((await t.post(`${url}/dismiss`, c.street, { reason: '' })).statusCode).toBe(400);
    expect((await t.post(`${url}/accept`, c.street, { as: 'case' })).statusCode).toBe(400);
    expect((await t.post(`${url}/accept`, c.street, { as: 'proactive_case' })).statusCode).toBe(400);
    expect(
      (
        await t.post('/api/hotspots/proposals/00000000-0000-4000-8000-000000000000/dismiss', c.street, {
          reason: '重复',
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.get('/api/hotspots/proposals/not-an-id', c.street)).statusCode).toBe(400);
    expect((await proposalsOf(c.street, '&status=open')).items.map((p) => p.id)).toContain(planted.id);
  });

  it('accepts it as a proactive case, once', async () => {
    const url = `/api/hotspots/proposals/${planted.id}/accept`;
    const body = { as: 'proactive_case', description: '主动发现：菜市场西口早市占道经营集中，组织整治' };
    const res = await t.post(url, c.street, body);
    expect(res.statusCode, res.body).toBe(200);
    const accepted = res.json() as Proposal & { actionCaseCode: string };
    expect(accepted).toMatchObject({ status: 'accepted', action: 'proactive_case' });
    const [made] = await t.database.db
      .select()
      .from(cases)
      .where(inArray(cases.id, [accepted.actionCaseId ?? '']));
    expect(made).toMatchObject({ channel: 'proactive', categoryCode: STALLS, code: accepted.actionCaseCode });
    expect(areaOf(made?.h3Cell ?? '')).toBe(planted.area);
    const twice = await t.post(url, c.street, body);
    expect(twice.statusCode).toBe(409);
    expect(await t.database.db.select().from(cases).where(eq(cases.channel, 'proactive'))).toHaveLength(1);

    // 未诉先办: the couriers' reports are not complaints, so the case came before any; a resident's
    // complaint there afterwards follows it. Another street's figure does not count it.
    const period = `from=${chinaDayOf(Date.now() - DAY_MS)}&to=${chinaDayOf(Date.now() + DAY_MS)}`;
    const figure = async (cookie: string) => {
      const res = await t.get(`/api/stats/proactive?${period}`, cookie);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect(await figure(c.street)).toMatchObject({ opened: 1, beforeComplaint: 1, complaintsAfter: 0 });
    expect(await figure(c.community2)).toMatchObject({ opened: 0, beforeComplaint: 0, complaintsAfter: 0 });
    await caseFiledAt(t, new Date(Date.now() + 60_000), {
      categoryCode: STALLS,
      description: '菜市场门口还是有人占道',
      lat: made?.lat ?? 0,
      lng: made?.lng ?? 0,
    });
    expect(await figure(c.leader)).toMatchObject({ opened: 1, beforeComplaint: 1, complaintsAfter: 1 });
    expect(
      (await t.get(`/api/stats/proactive?${period}&regionCode=${demo.qianjin}000`, c.street)).statusCode,
    ).toBe(404);
  });

  it('dismisses with a reason, and a dismissed place is not proposed again that week', async () => {
    const manhole = (await proposalsOf(c.street, '&status=open')).items.find(
      (p) => p.categoryCode === MANHOLE,
    );
    const res = await t.post(`/api/hotspots/proposals/${manhole?.id}/dismiss`, c.street, {
      reason: '已由城管现场处置',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dismissed', dismissReason: '已由城管现场处置' });
    const run = await detectNow(t.database.db, new Date(now.getTime() + 20_000), 'full');
    expect(run).toMatchObject({ mode: 'full', opened: 0 });
    expect((await proposalsOf(c.street, '&status=open')).total).toBe(0);
  });

  it('accepts another as a whistle order, its open cases linked and its closed ones left out', async () => {
    const spot = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 3));
    const garbage: string[] = [];
    for (let i = 0; i < 6; i++) {
      const row = await caseFiledAt(t, new Date(now.getTime() + 30_000 + i), {
        categoryCode: GARBAGE,
        description: `垃圾堆在路口 ${i}`,
        lat: spot.lat + i * 1e-5,
        lng: spot.lng,
      });
      garbage.push(row.id);
    }
    await t.database.db
      .update(cases)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(cases.id, garbage[0] ?? ''));
    expect(await detectNow(t.database.db, new Date(now.getTime() + 40_000), 'incremental')).toMatchObject({
      opened: 1,
    });
    const proposal = (await proposalsOf(c.street, '&status=open')).items.find(
      (p) => p.categoryCode === GARBAGE,
    );
    const chengguan = (await departmentIds(t, c.admin)).chengguan;
    const whistle = {
      title: '路口垃圾清运',
      task: '清运并设置垃圾桶',
      place: '路口',
      calls: [{ departmentId: chengguan, task: '清运' }],
    };
    expect(
      (await t.post(`/api/hotspots/proposals/${proposal?.id}/accept`, c.leader, { as: 'whistle', whistle }))
        .statusCode,
    ).toBe(403);
    const res = await t.post(`/api/hotspots/proposals/${proposal?.id}/accept`, c.street, {
      as: 'whistle',
      whistle,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'accepted',
      action: 'whistle',
      actionWhistleId: expect.any(String),
    });
    const linked = await t.database.db
      .select({ caseId: whistleOrderCases.caseId })
      .from(whistleOrderCases)
      .where(eq(whistleOrderCases.orderId, res.json().actionWhistleId));
    expect(new Set(linked.map((l) => l.caseId))).toEqual(new Set(garbage.slice(1)));
  });
});
