import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, pointIn } from '../../test/case-helpers.js';
import { demo } from '../../test/demo-places.js';
import { call, readTicket, takeCall, ticketStep } from '../../test/hotline-helpers.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { departmentIds, departmentStaff } from '../../test/whistle-helpers.js';
import { caseEvents, cases } from './cases.tables.js';

/**
 * 改派 and 重新定位: a 12345 ticket placed in the wrong grid, or a case sent to the wrong unit, is moved
 * by the district's dispatcher or shift lead; the timeline keeps the old and the new, and the case is
 * routed, held and timed from where it now is.
 */
let t: TestApp;
let c: Record<string, string> = {};
let dept: Record<string, string> = {};
let yongchang: { lat: number; lng: number };
let qianjin: { lat: number; lng: number };
beforeAll(async () => {
  t = await createTestApp();
  c = await t.loginAll([
    'admin',
    'hotline',
    'dispatcher',
    'shiftlead',
    'department',
    'street',
    'community',
    'community2',
  ]);
  dept = await departmentIds(t, c.admin as string);
  yongchang = await pointIn(t, c.admin as string, demo.gridOf(demo.yongchangCommunity));
  qianjin = await pointIn(t, c.admin as string, demo.gridOf(demo.qianjinCommunity));
});
afterAll(() => t.close());

const MANHOLE = 'E0550'; // 井盖缺失: department-led, to 城管
const STALLS = 'E0450'; // 占道经营: street-led, to the street of the place

interface TimelineEvent {
  action: string;
  actorRole: string;
  fromStatus: string | null;
  toStatus: string;
  note: string;
  data: Record<string, unknown> | null;
}
const timelineOf = async (caseId: string): Promise<TimelineEvent[]> =>
  (await t.call({ method: 'GET', url: `/api/cases/${caseId}`, cookie: c.dispatcher })).json().timeline;
const caseRow = async (id: string) => (await t.database.db.select().from(cases).where(eq(cases.id, id)))[0];

async function ticket(categoryCode: string, at: { lat: number; lng: number }) {
  const res = await takeCall(t, c.hotline as string, call({ categoryCode, description: '来电反映', ...at }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case as { id: string; unitDepartmentId: string | null; unitRegionCode: string | null };
}

describe('改派: a case sent to the wrong unit is moved to another', () => {
  let id: string;

  it('the dispatcher moves a ticket from 城管 to 市场监管; the timeline keeps both units', async () => {
    const taken = await ticket(MANHOLE, yongchang);
    id = taken.id;
    expect(taken.unitDepartmentId).toBe(dept.chengguan);
    // Let the old unit's step clock run a little, so a restart shows.
    await t.database.db
      .update(cases)
      .set({ stepStartedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(cases.id, id));
    const res = await act(t, c.dispatcher as string, id, 'reroute', {
      note: '属市场监管职责',
      unit: { departmentId: dept.market },
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json().case;
    expect(moved).toMatchObject({
      status: 'dispatched',
      unitDepartmentId: dept.market,
      unitRegionCode: null,
      gridCode: demo.gridOf(demo.yongchangCommunity),
    });
    expect(Date.now() - Date.parse(moved.stepStartedAt)).toBeLessThan(600_000);
    const last = (await timelineOf(id)).at(-1);
    expect(last).toMatchObject({
      action: 'reroute',
      actorRole: 'dispatcher',
      fromStatus: 'dispatched',
      toStatus: 'dispatched',
      note: '属市场监管职责',
      data: {
        from: { unitDepartmentId: dept.chengguan, unitRegionCode: null },
        to: { unitDepartmentId: dept.market, unitRegionCode: null },
        unitDepartmentId: dept.market,
      },
    });
  });

  it('the old unit no longer holds it; the new one does, and signs for it', async () => {
    expect((await ticketStep(t, c.department as string, id, 'sign')).statusCode).toBe(404);
    const { cookie: market } = await departmentStaff(
      t,
      c.admin as string,
      'misrouted.market',
      dept.market as string,
    );
    const signed = await ticketStep(t, market, id, 'sign', { note: '已签收' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().case.status).toBe('in_progress');
  });

  it('the shift lead moves an accepted case on to the street office, which must sign again', async () => {
    const res = await act(t, c.shiftlead as string, id, 'reroute', {
      note: '需街道牵头',
      unit: { regionCode: demo.yongchang },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({
      status: 'dispatched',
      unitDepartmentId: null,
      unitRegionCode: demo.yongchang,
    });
    expect((await timelineOf(id)).at(-1)).toMatchObject({
      action: 'reroute',
      actorRole: 'shift_lead',
      fromStatus: 'in_progress',
      toStatus: 'dispatched',
      data: {
        from: { unitDepartmentId: dept.market, unitRegionCode: null },
        to: { unitDepartmentId: null, unitRegionCode: demo.yongchang },
      },
    });
    const signed = await ticketStep(t, c.street as string, id, 'sign');
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().case.status).toBe('in_progress');
  });
});

describe('重新定位: a ticket placed in the wrong grid is put where it is, and routed again', () => {
  let id: string;

  it('moves the case to 前进街道 and to that street’s office, recording old and new', async () => {
    const taken = await ticket(STALLS, yongchang);
    id = taken.id;
    expect(taken.unitRegionCode).toBe(demo.yongchang);
    const res = await act(t, c.dispatcher as string, id, 'relocate', {
      note: '来电人所说的是前进街道',
      place: { ...qianjin, address: '东田路5号' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({
      status: 'dispatched',
      gridCode: demo.gridOf(demo.qianjinCommunity),
      communityCode: demo.qianjinCommunity,
      streetCode: demo.qianjin,
      address: '东田路5号',
      lat: qianjin.lat,
      lng: qianjin.lng,
      unitRegionCode: demo.qianjin,
      unitDepartmentId: null,
    });
    const last = (await timelineOf(id)).at(-1);
    expect(last).toMatchObject({
      action: 'relocate',
      actorRole: 'dispatcher',
      fromStatus: 'dispatched',
      toStatus: 'dispatched',
      data: {
        from: { gridCode: demo.gridOf(demo.yongchangCommunity), unitRegionCode: demo.yongchang },
        to: { gridCode: demo.gridOf(demo.qianjinCommunity), unitRegionCode: demo.qianjin },
        routedTo: { kind: 'region', regionCode: demo.qianjin },
      },
    });
    const [event] = await t.database.db
      .select({ regionCode: caseEvents.regionCode })
      .from(caseEvents)
      .where(eq(caseEvents.action, 'relocate'));
    expect(event?.regionCode).toBe(demo.gridOf(demo.qianjinCommunity));
  });

  it('the ticket moves with it: seen in 前进街道, gone from 永昌街道', async () => {
    const there = await readTicket(t, c.community2 as string, id);
    expect(there.statusCode, there.body).toBe(200);
    expect(there.json().ticket.regionCode).toBe(demo.gridOf(demo.qianjinCommunity));
    expect((await readTicket(t, c.community as string, id)).statusCode).toBe(404);
  });

  it('a case its unit returned as not in its area is placed again and sent to the right unit', async () => {
    const taken = await ticket(STALLS, yongchang);
    const returned = await act(t, c.street as string, taken.id, 'return', { note: '不在本街道' });
    expect(returned.statusCode, returned.body).toBe(200);
    const res = await act(t, c.shiftlead as string, taken.id, 'relocate', {
      note: '重新定位',
      place: qianjin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({ status: 'dispatched', unitRegionCode: demo.qianjin });
    // No address given: the one recorded stays.
    expect((await caseRow(taken.id))?.address).toBe('');
  });

  it('a department-led case keeps its department when the new place has the same one', async () => {
    const taken = await ticket(MANHOLE, yongchang);
    const res = await act(t, c.dispatcher as string, taken.id, 'relocate', {
      note: '定位有误',
      place: qianjin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({
      unitDepartmentId: dept.chengguan,
      streetCode: demo.qianjin,
    });
  });

  it('the dispatch desk is offered both moves; the unit is not', async () => {
    const taken = await ticket(STALLS, yongchang);
    const offered = async (cookie: string) =>
      (await t.call({ method: 'GET', url: `/api/cases/${taken.id}`, cookie })).json().allowedActions;
    expect(await offered(c.dispatcher as string)).toEqual(expect.arrayContaining(['reroute', 'relocate']));
    expect(await offered(c.shiftlead as string)).toEqual(expect.arrayContaining(['reroute', 'relocate']));
    expect(await offered(c.street as string)).not.toContain('reroute');
    expect(await offered(c.street as string)).not.toContain('relocate');
  });
});

describe('moves refused change nothing', () => {
  let id: string;
  const snapshot = async () => {
    const [events] = await t.database.db
      .select({ n: count() })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, id));
    return { events: events?.n, row: await caseRow(id) };
  };
  beforeAll(async () => {
    id = (await ticket(STALLS, yongchang)).id;
  });

  it.each([
    [
      'the street office itself',
      'street',
      'reroute',
      { note: 'x', unit: { regionCode: demo.qianjin } },
      403,
      'ROLE_NOT_ALLOWED',
    ],
    [
      'the hotline operator',
      'hotline',
      'relocate',
      { note: 'x', place: { lat: 0, lng: 0 } },
      403,
      'ROLE_NOT_ALLOWED',
    ],
    ['no unit', 'dispatcher', 'reroute', { note: 'x' }, 400, 'UNIT_REQUIRED'],
    ['no reason', 'dispatcher', 'reroute', { unit: { regionCode: demo.yongchang } }, 400, 'REASON_REQUIRED'],
    [
      'no reason given',
      'dispatcher',
      'relocate',
      { note: ' ', place: { lat: 43.9, lng: 125.2 } },
      400,
      'REASON_REQUIRED',
    ],
    ['no place', 'dispatcher', 'relocate', { note: 'x' }, 400, 'PLACE_REQUIRED'],
    [
      'a place on a reroute',
      'dispatcher',
      'reroute',
      { note: 'x', unit: { regionCode: demo.yongchang }, place: { lat: 43.9, lng: 125.2 } },
      400,
      'PLACE_NOT_ALLOWED',
    ],
    [
      'a unit on a relocation',
      'dispatcher',
      'relocate',
      { note: 'x', unit: { regionCode: demo.yongchang }, place: { lat: 43.9, lng: 125.2 } },
      400,
      'UNIT_NOT_ALLOWED',
    ],
    [
      'the unit it is with',
      'dispatcher',
      'reroute',
      { note: 'x', unit: { regionCode: demo.yongchang } },
      422,
      'SAME_UNIT',
    ],
    [
      'an office of another area',
      'dispatcher',
      'reroute',
      { note: 'x', unit: { regionCode: demo.qianjin } },
      422,
      'UNIT_DOES_NOT_COVER_CASE',
    ],
    [
      'a point outside every grid',
      'dispatcher',
      'relocate',
      { note: 'x', place: { lat: 10, lng: 10 } },
      422,
      'LOCATION_OUTSIDE_GRIDS',
    ],
  ] as const)('refuses %s', async (_, who, action, body, status, code) => {
    const before = await snapshot();
    const res = await act(t, c[who] as string, id, action, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a point in the case’s own grid, and a case no unit has', async () => {
    const before = await snapshot();
    const same = await act(t, c.dispatcher as string, id, 'relocate', { note: 'x', place: yongchang });
    expect(same.statusCode, same.body).toBe(422);
    expect(same.json().error.code).toBe('SAME_GRID');
    expect(await snapshot()).toEqual(before);
    const answered = await takeCall(
      t,
      c.hotline as string,
      call({
        categoryCode: 'E1301',
        description: '咨询',
        ...yongchang,
        requestType: 'consult',
        answeredOnCall: true,
      }),
    );
    const closed = await act(t, c.dispatcher as string, answered.json().case.id, 'reroute', {
      note: 'x',
      unit: { departmentId: dept.market },
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('ACTION_NOT_ALLOWED_IN_STATE');
  });
});
