import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { departmentIds, departmentStaff, HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, moveCase, ownPhoto, pointIn, takeSteps, uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { fromThisMonth, readKpis } from '../../test/kpis.js';
import { newTicket, ticketStep } from '../../test/tickets.js';
import { callStep, departmentCalls, newWhistle, reportIn } from '../../test/whistles.js';
import { whistleOrders } from '../whistle/whistle.tables.js';

/**
 * The acceptance scenario of the whistle and 12345 issue: one complaint from the hotline to a street
 * whistle order; three departments report in, one late; the case is resolved, the caller satisfied,
 * the case closed. Every figure below is worked out by hand from those steps.
 */
const { t, c } = useTestApp([...HOTLINE_CREW, 'street', 'community', 'leader']);
// The case is due seven working days on, perhaps next month: the period covers both.
const period = fromThisMonth();

describe('from one 12345 complaint to a street whistle order and back', () => {
  it('gives exactly the rates, whistle figures and evaluations the steps imply', async () => {
    const dept = await departmentIds(t, c.admin);
    const market = await departmentStaff(t, c.admin, 'scenario.market', dept.market);
    const police = await departmentStaff(t, c.admin, 'scenario.police', dept.police);
    const at = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity, 4));

    // 1. A caller complains about an illegal structure (私搭乱建: the street whistles, departments report).
    const description = '邻居在楼顶私搭乱建，多次反映无果';
    const taken = (await newTicket(t, c.hotline, { categoryCode: 'E0101', description, ...at })).case;
    const caseId = taken.id;
    // A ticket routed to a unit arrives dispatched to it.
    expect(taken).toMatchObject({ status: 'dispatched', unitRegionCode: demo.yongchang });

    // 2. The street signs for it (signing is accepting) and calls the caller back at once.
    expect((await ticketStep(t, c.street, caseId, 'sign')).statusCode).toBe(200);
    expect((await ticketStep(t, c.street, caseId, 'contact', { note: '已联系来电人' })).statusCode).toBe(200);

    // 3. The street whistles 城管, 市场监管 and 公安.
    const issued = await newWhistle(t, c.street, {
      title: '楼顶违建联合整治',
      task: '拆除楼顶违建',
      place: '义和路',
      caseIds: [caseId],
      calls: departmentCalls(dept, { chengguan: '拆除', market: '核查经营', police: '维持秩序' }),
    });
    const orderId: string = issued.order.id;
    const callOf = (id: string | undefined) =>
      issued.calls.find((x: { departmentId: string }) => x.departmentId === id).id as string;

    // 4. Two report in on time; the deadline passes; 公安 reports in late.
    expect(await reportIn(t, c.department, orderId, callOf(dept.chengguan))).toEqual({
      late: false,
    });
    expect(await reportIn(t, market.cookie, orderId, callOf(dept.market))).toEqual({ late: false });
    // The deadline falls just after the second arrival: no waiting, the recorded times decide.
    const order = await t.get(`/api/whistles/${orderId}`, c.street);
    const arrivals = order
      .json()
      .calls.map((x: { arrivedAt: string | null }) => Date.parse(x.arrivedAt ?? '0'));
    await t.database.db
      .update(whistleOrders)
      .set({ reportDeadlineAt: new Date(Math.max(...arrivals) + 1) })
      .where(eq(whistleOrders.id, orderId));
    expect(await reportIn(t, police.cookie, orderId, callOf(dept.police))).toEqual({ late: true });

    // 5. The street handles it, the community checks it, the caller is satisfied, the case is closed.
    const photo = await uploadPhoto(t, c.street);
    await takeSteps(t, c, caseId, [
      ['street', 'feedback', { note: '违建已拆除', photoIds: [photo] }],
      ['community', 'check_pass', await ownPhoto(t, c.community)],
    ]);
    const callback = await ticketStep(t, c.hotline, caseId, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
      note: '来电人表示满意',
    });
    expect(callback.statusCode, callback.body).toBe(200);
    expect((await act(t, c.shiftlead, caseId, 'close')).statusCode).toBe(200);
    const closed = await t.post(`/api/whistles/${orderId}/close`, c.street, {});
    expect(closed.statusCode, closed.body).toBe(200);

    // 6. The street scores each department's response (on time 40 + solved 40 + cooperation (c−1)/4 × 20).
    const scores: Record<string, number> = {};
    for (const [id, cooperation] of [
      [dept.chengguan, 5],
      [dept.market, 4],
      [dept.police, 3],
    ] as const) {
      const res = await callStep(t, c.street, orderId, callOf(id), 'evaluation', {
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
    const k = await readKpis(t, c.leader, `${period}&regionCode=${demo.yongchang}`);
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
    const police50 = await t.get(`/api/stats/kpis?${period}&departmentId=${dept.police}`, c.leader);
    expect(police50.json().evaluation).toEqual({ count: 1, meanScore: 50 });
    expect(police50.json().whistle).toMatchObject({ reportIns: 1, reportInsOnTime: 0 });
    const ranking = await t.get(`/api/stats/rankings?kind=department&${period}`, c.leader);
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
  const qianjinKpis = () => readKpis(t, c.leader, `${period}&regionCode=${demo.qianjin}`);
  /** A 井盖 call in 前进街道, handled by 城管 and called back with the caller's verdict. */
  const callRoundTheLoop = async (n: number, contacted: boolean, verdict: Record<string, unknown>) => {
    const at = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity, n));
    const caller = { callerPhone: `139 0431 770${n}` };
    const taken = await newTicket(t, c.hotline, {
      ...caller,
      categoryCode: 'E0550',
      description: `井盖缺失 ${n}`,
      ...at,
    });
    const { id: caseId, status } = taken.case;
    const photo = await uploadPhoto(t, c.department);
    // Taken in, the call waits for the desk, or has gone straight to the unit (直派): go on from there.
    await moveCase(t, c, caseId, status, 'in_progress');
    if (contacted) {
      expect((await ticketStep(t, c.department, caseId, 'sign')).statusCode).toBe(200);
      const contact = await ticketStep(t, c.department, caseId, 'contact', { note: '已联系' });
      expect(contact.statusCode, contact.body).toBe(200);
    }
    const fed = await act(t, c.department, caseId, 'feedback', { photoIds: [photo] });
    expect(fed.statusCode, fed.body).toBe(200);
    const callback = await ticketStep(t, c.hotline, caseId, 'callback', {
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
    const set = await t.put('/api/settings/hotlineRateWeights', c.admin, { value: weights });
    expect(set.statusCode, set.body).toBe(200);
    const k = await qianjinKpis();
    expect(k.hotline.weights).toEqual(weights);
    // 0.3 × 0.5 + 0.35 × 1 + 0.35 × 0.95 = 0.8325.
    expect(k.hotline.composite).toBeCloseTo(compositeOf(weights), 12);
    expect(k.hotline.composite).toBeCloseTo(0.8325, 12);
  });
});
