import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, pointIn, uploadPhoto } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import { call, takeCall, ticketStep } from '../../test/hotline-helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import {
  callStep,
  departmentIds,
  departmentStaff,
  issueWhistle,
  reportIn,
} from '../../test/whistle-helpers.js';
import { whistleOrders } from '../whistle/whistle.tables.js';

/**
 * The acceptance scenario of the whistle and 12345 issue: one complaint from the hotline to a street
 * whistle order; three departments report in, one late; the case is resolved, the caller satisfied,
 * the case closed. Every figure below is worked out by hand from those steps.
 */
let t: TestApp;
let c: Record<string, string> = {};
const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
// The case is due seven working days on, perhaps next month: the period covers both.
const period = `from=${month}-01&to=${new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)}`;

beforeAll(async () => {
  t = await createTestApp();
  c = await t.loginAll([
    'admin',
    'hotline',
    'shiftlead',
    'dispatcher',
    'street',
    'community',
    'department',
    'leader',
  ]);
});
afterAll(() => t.close());

describe('from one 12345 complaint to a street whistle order and back', () => {
  it('gives exactly the rates, whistle figures and evaluations the steps imply', async () => {
    const dept = await departmentIds(t, c.admin as string);
    const market = await departmentStaff(t, c.admin as string, 'scenario.market', dept.market as string);
    const police = await departmentStaff(t, c.admin as string, 'scenario.police', dept.police as string);
    const at = await pointIn(t, c.admin as string, demo.gridOf(demo.yongchangCommunity, 4));

    // 1. A caller complains about an illegal structure (私搭乱建: the street whistles, departments report).
    const taken = await takeCall(t, c.hotline as string, {
      ...call(),
      categoryCode: 'E0101',
      description: '邻居在楼顶私搭乱建，多次反映无果',
      ...at,
    });
    expect(taken.statusCode, taken.body).toBe(201);
    const caseId = taken.json().case.id;
    // A ticket routed to a unit arrives dispatched to it.
    expect(taken.json().case).toMatchObject({ status: 'dispatched', unitRegionCode: demo.yongchang });

    // 2. The street signs for it (signing is accepting) and calls the caller back at once.
    expect((await ticketStep(t, c.street as string, caseId, 'sign')).statusCode).toBe(200);
    expect(
      (await ticketStep(t, c.street as string, caseId, 'contact', { note: '已联系来电人' })).statusCode,
    ).toBe(200);

    // 3. The street whistles 城管, 市场监管 and 公安.
    const issued = await issueWhistle(t, c.street as string, {
      title: '楼顶违建联合整治',
      task: '拆除楼顶违建',
      place: '义和路',
      caseIds: [caseId],
      calls: [
        { departmentId: dept.chengguan, task: '拆除' },
        { departmentId: dept.market, task: '核查经营' },
        { departmentId: dept.police, task: '维持秩序' },
      ],
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const orderId: string = issued.json().order.id;
    const callOf = (id: string | undefined) =>
      issued.json().calls.find((x: { departmentId: string }) => x.departmentId === id).id as string;

    // 4. Two report in on time; the deadline passes; 公安 reports in late.
    expect(await reportIn(t, c.department as string, orderId, callOf(dept.chengguan))).toEqual({
      late: false,
    });
    expect(await reportIn(t, market.cookie, orderId, callOf(dept.market))).toEqual({ late: false });
    // The deadline falls just after the second arrival: no waiting, the recorded times decide.
    const order = await t.call({ method: 'GET', url: `/api/whistles/${orderId}`, cookie: c.street });
    const arrivals = order
      .json()
      .calls.map((x: { arrivedAt: string | null }) => Date.parse(x.arrivedAt ?? '0'));
    await t.database.db
      .update(whistleOrders)
      .set({ reportDeadlineAt: new Date(Math.max(...arrivals) + 1) })
      .where(eq(whistleOrders.id, orderId));
    expect(await reportIn(t, police.cookie, orderId, callOf(dept.police))).toEqual({ late: true });

    // 5. The street handles it, the community checks it, the caller is satisfied, the case is closed.
    const photo = await uploadPhoto(t, c.street as string);
    for (const [who, action, body] of [
      ['street', 'feedback', { note: '违建已拆除', photoIds: [photo] }],
      ['community', 'check_pass', {}],
    ] as const) {
      const res = await act(t, c[who] as string, caseId, action, body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const callback = await ticketStep(t, c.hotline as string, caseId, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
      note: '来电人表示满意',
    });
    expect(callback.statusCode, callback.body).toBe(200);
    expect((await act(t, c.shiftlead as string, caseId, 'close')).statusCode).toBe(200);
    const closed = await t.call({
      method: 'POST',
      url: `/api/whistles/${orderId}/close`,
      cookie: c.street,
      payload: {},
    });
    expect(closed.statusCode, closed.body).toBe(200);

    // 6. The street scores each department's response (on time 40 + solved 40 + cooperation (c−1)/4 × 20).
    const scores: Record<string, number> = {};
    for (const [id, cooperation] of [
      [dept.chengguan, 5],
      [dept.market, 4],
      [dept.police, 3],
    ] as const) {
      const res = await callStep(t, c.street as string, orderId, callOf(id), 'evaluation', {
        solved: true,
        cooperation,
        comment: '配合',
      });
      expect(res.statusCode, res.body).toBe(201);
      scores[id as string] = res.json().score;
    }
    expect(scores).toEqual({
      [dept.chengguan as string]: 100,
      [dept.market as string]: 95,
      [dept.police as string]: 50,
    });

    // 7. The figures. One valid callback: contacted, resolved, satisfied → 响应率 = 解决率 = 满意率 = 1,
    // composite 0.1 + 0.5 + 0.4 = 1. One whistle, three report-ins, two on time, one problem solved.
    const kpis = await t.call({
      method: 'GET',
      url: `/api/stats/kpis?${period}&regionCode=${demo.yongchang}`,
      cookie: c.leader,
    });
    expect(kpis.statusCode, kpis.body).toBe(200);
    const k = kpis.json();
    expect(k.hotline).toMatchObject({
      validCallbacks: 1,
      contacted: 1,
      resolved: 1,
      satisfied: 1,
      basicallySatisfied: 0,
      responseRate: 1,
      resolutionRate: 1,
      satisfactionRate: 1,
      composite: 1,
    });
    expect(k.whistle).toEqual({
      whistlesIssued: 1,
      reportIns: 3,
      reportInsOnTime: 2,
      onTimeReportInRate: 2 / 3,
      problemsSolved: 1,
    });
    expect(k.counts).toMatchObject({
      reported: 1,
      filed: 1,
      dispatched: 1,
      handled: 1,
      due: 1,
      closed: 1,
      reworked: 0,
    });
    expect(k.caseLoop).toMatchObject({
      closureRate: 1,
      reworkRate: 0,
      accurateDispatchRate: 1,
      onTimeDispatchRate: 1,
    });

    // The department evaluation: 公安 answered late — 50 points, against 100 and 95.
    const police50 = await t.call({
      method: 'GET',
      url: `/api/stats/kpis?${period}&departmentId=${dept.police}`,
      cookie: c.leader,
    });
    expect(police50.json().evaluation).toEqual({ count: 1, meanScore: 50 });
    expect(police50.json().whistle).toMatchObject({ reportIns: 1, reportInsOnTime: 0 });
    const ranking = await t.call({
      method: 'GET',
      url: `/api/stats/rankings?kind=department&${period}`,
      cookie: c.leader,
    });
    const ranked = ranking.json().items as {
      unit: string;
      rank: number | null;
      parts: { name: string; value: number | null }[];
    }[];
    const evaluationOf = (id: string | undefined) =>
      ranked.find((r) => r.unit === id)?.parts.find((p) => p.name === 'evaluation')?.value;
    expect([evaluationOf(dept.chengguan), evaluationOf(dept.market), evaluationOf(dept.police)]).toEqual([
      1, 0.95, 0.5,
    ]);
    const rankOf = (id: string | undefined) => ranked.find((r) => r.unit === id)?.rank;
    expect(rankOf(dept.chengguan)).toBe(1);
    expect(rankOf(dept.market)).toBe(2);
    expect(rankOf(dept.police)).toBe(3);
  }, 60_000);
});

describe('the composite score', () => {
  // Its own street, so that nothing above moves its figures.
  const qianjinKpis = async () => {
    const res = await t.call({
      method: 'GET',
      url: `/api/stats/kpis?${period}&regionCode=${demo.qianjin}`,
      cookie: c.leader,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** A 井盖 call in 前进街道, handled by 城管 and called back with the caller's verdict. */
  const callRoundTheLoop = async (n: number, contacted: boolean, verdict: Record<string, unknown>) => {
    const at = await pointIn(t, c.admin as string, demo.gridOf(demo.qianjinCommunity, n));
    const taken = await takeCall(t, c.hotline as string, {
      ...call({ callerPhone: `139 0431 770${n}` }),
      categoryCode: 'E0550',
      description: `井盖缺失 ${n}`,
      ...at,
    });
    expect(taken.statusCode, taken.body).toBe(201);
    const { id: caseId, status } = taken.json().case;
    const photo = await uploadPhoto(t, c.department as string);
    const steps = [
      ['shiftlead', 'file', {}],
      ['dispatcher', 'dispatch', {}],
      ['department', 'accept', {}],
    ] as const;
    // Taken in, the call waits for the desk, or has gone straight to the unit (直派): go on from there.
    for (const [who, action, body] of steps.slice(status === 'dispatched' ? 2 : 0)) {
      const res = await act(t, c[who] as string, caseId, action, body);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    if (contacted) {
      expect((await ticketStep(t, c.department as string, caseId, 'sign')).statusCode).toBe(200);
      const contact = await ticketStep(t, c.department as string, caseId, 'contact', { note: '已联系' });
      expect(contact.statusCode, contact.body).toBe(200);
    }
    const fed = await act(t, c.department as string, caseId, 'feedback', { photoIds: [photo] });
    expect(fed.statusCode, fed.body).toBe(200);
    const callback = await ticketStep(t, c.hotline as string, caseId, 'callback', {
      reached: true,
      ...verdict,
      note: '回访',
    });
    expect(callback.statusCode, callback.body).toBe(200);
  };
  // 响应率, 解决率, 满意率 of the two calls below: all different, so that the weights can be told apart.
  const rates = { response: 1 / 2, resolution: 2 / 2, satisfaction: (1 + 0.9 * 1) / 2 };
  const compositeOf = (w: { response: number; resolution: number; satisfaction: number }) =>
    w.response * rates.response + w.resolution * rates.resolution + w.satisfaction * rates.satisfaction;

  it('weighs the three rates by the city’s weights, 10 / 50 / 40, and by nothing else', async () => {
    // One caller is contacted, solved and satisfied; the other is never contacted (no 响应), and says it
    // is solved and they are basically satisfied.
    await callRoundTheLoop(1, true, { resolved: true, satisfaction: 'satisfied' });
    await callRoundTheLoop(2, false, { resolved: true, satisfaction: 'basically_satisfied' });

    const k = await qianjinKpis();
    expect(k.hotline).toMatchObject({
      validCallbacks: 2,
      contacted: 1,
      resolved: 2,
      satisfied: 1,
      basicallySatisfied: 1,
      responseRate: rates.response,
      resolutionRate: rates.resolution,
    });
    expect(k.hotline.satisfactionRate).toBeCloseTo(rates.satisfaction, 12);
    const cityWeights = { response: 0.1, resolution: 0.5, satisfaction: 0.4 };
    expect(k.hotline.weights).toEqual(cityWeights);
    // 0.1 × 0.5 + 0.5 × 1 + 0.4 × 0.95 = 0.93.
    expect(k.hotline.composite).toBeCloseTo(compositeOf(cityWeights), 12);
    expect(k.hotline.composite).toBeCloseTo(0.93, 12);
    // The same three weights in any other order give another score, so the test tells them apart.
    const [x, y, z] = [0.1, 0.5, 0.4];
    const others = [
      [x, z, y],
      [y, x, z],
      [y, z, x],
      [z, x, y],
      [z, y, x],
    ].map(([response, resolution, satisfaction]) =>
      compositeOf({ response: response ?? 0, resolution: resolution ?? 0, satisfaction: satisfaction ?? 0 }),
    );
    for (const other of others) expect(Math.abs(other - k.hotline.composite)).toBeGreaterThan(1e-3);
  });

  it('follows the weights the city sets (some use 30 / 35 / 35)', async () => {
    const weights = { response: 0.3, resolution: 0.35, satisfaction: 0.35 };
    const set = await t.call({
      method: 'PUT',
      url: '/api/settings/hotlineRateWeights',
      cookie: c.admin,
      payload: { value: weights },
    });
    expect(set.statusCode, set.body).toBe(200);
    const k = await qianjinKpis();
    expect(k.hotline.weights).toEqual(weights);
    // 0.3 × 0.5 + 0.35 × 1 + 0.35 × 0.95 = 0.8325.
    expect(k.hotline.composite).toBeCloseTo(compositeOf(weights), 12);
    expect(k.hotline.composite).toBeCloseTo(0.8325, 12);
  });
});
