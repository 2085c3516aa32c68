import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, departmentIds, departmentStaff, useTestApp } from '../../test/actors.js';
import { caseAt, moveCase, uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { thisMonth } from '../../test/kpis.js';
import { callStep, departmentCalls, issueWhistle, newWhistle, reportIn } from '../../test/whistles.js';
import { kpiOutbox } from '../stats/stats.tables.js';
import { whistleEvents, whistleOrders } from './whistle.tables.js';

const { t, c } = useTestApp([...CASE_CREW, 'street', 'leader']);
let dept: Record<string, string> = {};
let market: { id: string; cookie: string };
let police: { id: string; cookie: string };
beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  market = await departmentStaff(t, c.admin, 'market-staff', dept.market);
  police = await departmentStaff(t, c.admin, 'police-staff', dept.police);
});

interface CallView {
  id: string;
  departmentId: string | null;
  partnerUnitId: string | null;
  late: boolean;
  arrivedAt: string | null;
  evaluation: { score: number } | null;
}

const detail = async (id: string, cookie = c.street) => {
  const res = await t.get(`/api/whistles/${id}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const callTo = (calls: CallView[], departmentId: string | undefined): CallView => {
  const found = calls.find((x) => x.departmentId === departmentId);
  if (!found) throw new Error(`no call to ${departmentId}`);
  return found;
};
const inbox = async (cookie: string): Promise<{ kind: string; title: string }[]> =>
  (await t.get('/api/notifications', cookie)).json().items;

describe('a street whistles three departments for one case (街道吹哨、部门报到)', () => {
  let orderId: string;
  let orderCode: string;
  let caseId: string;
  let calls: CallView[];

  it('issues a whistle order with a code, a deadline and a call to each department, who are told', async () => {
    const kase = await caseAt(t, c, 'in_progress');
    caseId = kase.id;
    const body = await newWhistle(t, c.street, {
      title: '义和路井盖缺失联合处置',
      task: '补装井盖，排查周边管线',
      lat: 43.88,
      lng: 125.31,
      meetAt: new Date(Date.now() + 3_600_000).toISOString(),
      caseIds: [caseId],
      calls: departmentCalls(dept, { chengguan: '补装井盖', market: '排查周边商户', police: '现场秩序维护' }),
    });
    orderId = body.order.id;
    orderCode = body.order.code;
    calls = body.calls;
    expect(body.order).toMatchObject({
      level: 3,
      regionCode: demo.yongchang,
      status: 'open',
      regionName: '永昌街道',
    });
    expect(orderCode).toMatch(new RegExp(`^SL-${demo.yongchang.slice(0, 9)}-\\d{8}-\\d{2}$`));
    const window = Date.parse(body.order.reportDeadlineAt) - Date.parse(body.order.issuedAt);
    expect(window).toBe(24 * 3_600_000);
    expect(body.cases).toEqual([{ id: caseId, code: kase.code, status: 'in_progress' }]);
    expect(calls).toHaveLength(3);
    expect(body.events.map((e: { action: string }) => e.action)).toEqual(['issue']);
    expect(body.events[0].data).toEqual({
      level: 3,
      regionCode: demo.yongchang,
      caseIds: [caseId],
      calls: 3,
    });
    for (const cookie of [c.department, market.cookie, police.cookie]) {
      expect((await inbox(cookie)).find((n) => n.title.includes(orderCode))).toMatchObject({
        kind: 'assigned',
      });
    }
  });

  it('each department reports in; the one after the deadline is flagged late and the street is told', async () => {
    const chengguan = callTo(calls, dept.chengguan);
    const mkt = callTo(calls, dept.market);
    const pol = callTo(calls, dept.police);
    const notYours = await callStep(t, market.cookie, orderId, chengguan.id, 'acknowledge');
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().error.code).toBe('NOT_YOUR_CALL');
    const tooEarly = await callStep(t, market.cookie, orderId, mkt.id, 'arrive', {
      lat: 43.88,
      lng: 125.31,
      photoId: await uploadPhoto(t, market.cookie),
    });
    expect(tooEarly.json().error.code).toBe('NOT_ACKNOWLEDGED');

    expect(await reportIn(t, c.department, orderId, chengguan.id)).toEqual({ late: false });
    expect(await reportIn(t, market.cookie, orderId, mkt.id)).toEqual({ late: false });
    // The deadline passes between the second report-in and the third: no waiting, the clock is the record.
    const arrived = (await detail(orderId)).calls.map((x: CallView) => Date.parse(x.arrivedAt ?? '0'));
    await t.database.db
      .update(whistleOrders)
      .set({ reportDeadlineAt: new Date(Math.max(...arrived) + 1) })
      .where(eq(whistleOrders.id, orderId));
    expect(await reportIn(t, police.cookie, orderId, pol.id)).toEqual({ late: true });

    const after = await detail(orderId);
    expect(after.calls.map((x: CallView) => [x.departmentId, x.late]).sort()).toEqual(
      [
        [dept.chengguan, false],
        [dept.market, false],
        [dept.police, true],
      ].sort(),
    );
    const arrivals = after.events.filter((e: { action: string }) => e.action === 'arrive');
    expect(arrivals.map((e: { data: { onTime: boolean } }) => e.data.onTime).sort()).toEqual([
      false,
      true,
      true,
    ]);
    expect(arrivals.find((e: { data: { onTime: boolean } }) => !e.data.onTime).data).toEqual({
      onTime: false,
      departmentId: dept.police,
      partnerUnitId: null,
      userId: null,
    });
    expect((await inbox(c.street)).find((n) => n.kind === 'overdue')?.title).toContain(orderCode);
    const list = await t.get('/api/whistles?status=open&level=3', c.street);
    expect(list.json().items.find((o: { id: string }) => o.id === orderId).calls).toMatchObject({
      total: 3,
      arrived: 3,
      late: 1,
      completed: 3,
    });
  });

  it('refuses to close while the case is open (CASES_OPEN), and closes once the case is closed', async () => {
    const refused = await t.post(`/api/whistles/${orderId}/close`, c.street, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CASES_OPEN');
    expect(refused.json().error.message).toContain((await detail(orderId)).cases[0].code);
    const byDepartment = await t.post(`/api/whistles/${orderId}/close`, c.department, {});
    expect(byDepartment.statusCode).toBe(403);

    await moveCase(t, c, caseId, 'in_progress', 'closed');
    const closed = await t.post(`/api/whistles/${orderId}/close`, c.street, { note: '井盖已补装' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().order).toMatchObject({ status: 'closed', problemsSolved: 1 });
    expect(closed.json().cases[0].status).toBe('closed');
    expect(closed.json().events.at(-1)).toMatchObject({ action: 'close', data: { problemsSolved: 1 } });
    const again = await callStep(t, c.department, orderId, calls[0]?.id ?? '', 'complete', {
      note: 'x',
    });
    expect(again.json().error.code).toBe('WHISTLE_NOT_OPEN');
  });

  it('the street scores each department once, by the record of its report-in (双向考核)', async () => {
    const chengguan = callTo(calls, dept.chengguan);
    const pol = callTo(calls, dept.police);
    const evaluate = (cookie: string, call: CallView, body: Record<string, unknown>) =>
      callStep(t, cookie, orderId, call.id, 'evaluation', body);
    const scored = await evaluate(c.street, chengguan, { solved: true, cooperation: 5, comment: '响应迅速' });
    expect(scored.statusCode, scored.body).toBe(201);
    expect(scored.json().score).toBe(100);
    const onTime = await evaluate(c.street, pol, { reportedInOnTime: true, solved: true, cooperation: 3 });
    expect(onTime.statusCode).toBe(409);
    expect(onTime.json().error.code).toBe('CONTRADICTS_RECORD');
    const late = await evaluate(c.street, pol, { reportedInOnTime: false, solved: true, cooperation: 3 });
    // Late: 0 of 40; solved: 40; cooperation 3 of 5: half of 20.
    expect(late.json().score).toBe(50);
    const twice = await evaluate(c.street, chengguan, { solved: false, cooperation: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_EVALUATED');
    const byDepartment = await evaluate(police.cookie, pol, { solved: true, cooperation: 5 });
    expect(byDepartment.statusCode).toBe(403);
    const shown = await detail(orderId);
    expect(callTo(shown.calls, dept.chengguan).evaluation).toMatchObject({
      score: 100,
      reportedInOnTime: true,
    });
    expect(callTo(shown.calls, dept.market).evaluation).toBeNull();
    expect(shown.events.filter((e: { action: string }) => e.action === 'evaluate')).toHaveLength(2);
    expect(shown.events.find((e: { action: string }) => e.action === 'evaluate').data).toEqual({
      departmentId: dept.chengguan,
      score: 100,
      reportedInOnTime: true,
      solved: true,
      cooperation: 5,
    });
  });

  it('departments score the street once a month; both directions are listed by jurisdiction', async () => {
    const body = {
      streetCode: demo.yongchang,
      month: thisMonth(),
      coordination: 4,
      support: 5,
      comment: '协调有力',
    };
    const first = await t.post('/api/street-evaluations', c.department, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ score: 90, streetName: '永昌街道', departmentId: dept.chengguan });
    const repeat = await t.post('/api/street-evaluations', c.department, body);
    expect(repeat.statusCode).toBe(409);
    expect(repeat.json().error.code).toBe('ALREADY_EVALUATED');
    const future = await t.post('/api/street-evaluations', market.cookie, {
      ...body,
      month: `${Number(thisMonth().slice(0, 4)) + 1}-01`,
    });
    expect(future.json().error.code).toBe('MONTH_IN_FUTURE');
    const byStreet = await t.post('/api/street-evaluations', c.street, body);
    expect(byStreet.statusCode).toBe(403);

    const list = async (cookie: string) =>
      (await t.get(`/api/whistles/evaluations?month=${thisMonth()}`, cookie)).json();
    const street = await list(c.street);
    expect(street.ofDepartments.map((e: { departmentId: string }) => e.departmentId).sort()).toEqual(
      [dept.chengguan, dept.police].sort(),
    );
    expect(street.ofStreets).toHaveLength(1);
    const chengguan = await list(c.department);
    expect(chengguan.ofDepartments.map((e: { score: number }) => e.score)).toEqual([100]);
    expect(chengguan.ofStreets.map((e: { score: number }) => e.score)).toEqual([90]);
    const mkt = await list(market.cookie);
    expect([mkt.ofDepartments.length, mkt.ofStreets.length]).toEqual([0, 0]);
    expect((await list(c.leader)).ofDepartments).toHaveLength(2);
  });
});

describe('a campaign without cases, with a partner unit (酒吧一条街综合整治)', () => {
  let partnerId: string;
  let orderId: string;

  it('enrols a partner unit in the street alliance, promising two responses a year', async () => {
    const res = await t.post('/api/partner-units', c.street, { name: '文林街商户联盟', kind: 'shop' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      regionCode: demo.yongchang,
      requiredYearlyResponses: 2,
      responses: 0,
      belowMinimum: true,
    });
    partnerId = res.json().id;
    const again = await t.post('/api/partner-units', c.street, { name: '文林街商户联盟', kind: 'shop' });
    expect(again.json().error.code).toBe('PARTNER_UNIT_EXISTS');
    const byDepartment = await t.post('/api/partner-units', c.department, { name: 'x', kind: 'shop' });
    expect(byDepartment.statusCode).toBe(403);
  });

  it('closes only once every call is completed; the street reports in for the partner unit', async () => {
    const res = await issueWhistle(t, c.street, {
      title: '酒吧一条街综合整治',
      task: '夜间噪音、占道经营联合整治',
      place: '文林街',
      calls: [
        { departmentId: dept.chengguan, task: '占道经营' },
        { partnerUnitId: partnerId, task: '组织商户自治' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    orderId = res.json().order.id;
    expect(res.json().cases).toEqual([]);
    const partnerCall = res.json().calls.find((x: CallView) => x.partnerUnitId === partnerId);
    const deptCall = res.json().calls.find((x: CallView) => x.departmentId === dept.chengguan);
    const early = await t.post(`/api/whistles/${orderId}/close`, c.street, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('CALLS_NOT_COMPLETED');
    const notTheirs = await callStep(t, c.department, orderId, partnerCall.id, 'acknowledge');
    expect(notTheirs.statusCode).toBe(403);
    await reportIn(t, c.department, orderId, deptCall.id);
    await reportIn(t, c.street, orderId, partnerCall.id);
    const closed = await t.post(`/api/whistles/${orderId}/close`, c.street, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().order).toMatchObject({ status: 'closed', problemsSolved: 0 });
  });

  it('counts the partner unit’s responses in the year against its minimum', async () => {
    const list = async (query = '') => (await t.get(`/api/partner-units${query}`, c.street)).json();
    expect((await list()).items.find((p: { id: string }) => p.id === partnerId)).toMatchObject({
      responses: 1,
      requiredYearlyResponses: 2,
      belowMinimum: true,
    });
    expect((await list('?year=2020')).items[0]).toMatchObject({ year: 2020, responses: 0 });
    const lowered = await t.patch(`/api/partner-units/${partnerId}`, c.street, {
      requiredYearlyResponses: 1,
    });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(lowered.json()).toMatchObject({ responses: 1, belowMinimum: false });
    const other = await t.login('community2');
    expect((await t.get('/api/partner-units', other)).json().items).toEqual([]);
    // The street's alliance serves its communities: their staff pick its units for claims and shop items.
    const ownStreet = await t.login('community');
    const seen = (await t.get('/api/partner-units', ownStreet)).json().items.map((p: { id: string }) => p.id);
    expect(seen).toContain(partnerId);
  });
});

describe('the whistle log feeds the KPI rollups', () => {
  it('queues every whistle event for the rollups, once', async () => {
    const events = await t.database.db.select({ id: whistleEvents.id }).from(whistleEvents);
    const queued = await t.database.db
      .select({ eventId: kpiOutbox.eventId })
      .from(kpiOutbox)
      .where(eq(kpiOutbox.source, 'whistle'));
    expect(events.length).toBeGreaterThan(10);
    expect(queued.map((q) => q.eventId).sort((a, b) => a - b)).toEqual(
      events.map((e) => e.id).sort((a, b) => a - b),
    );
  });
});
