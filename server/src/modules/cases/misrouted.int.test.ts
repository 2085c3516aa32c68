import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, departmentIds, departmentStaff, HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, caseDetail, caseEventCount, MANHOLE, type Point, pointIn, STALLS } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { newTicket, readTicket, ticketStep } from '../../test/tickets.js';
import { caseEvents, cases } from './cases.tables.js';

/**
 * 改派 and 重新定位: a 12345 ticket placed in the wrong grid, or a case sent to the wrong unit, is moved
 * by the district's dispatcher or shift lead; the timeline keeps the old and the new, and the case is
 * routed, held and timed from where it now is.
 */
const { t, c } = useTestApp([...HOTLINE_CREW, 'street', 'community', 'community2']);
let dept: Record<string, string> = {};
let yongchang: Point;
let qianjin: Point;
beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  yongchang = await pointIn(t, c.admin, demo.gridOf(demo.yongchangCommunity));
  qianjin = await pointIn(t, c.admin, demo.gridOf(demo.qianjinCommunity));
});

/** The latest step on the case's timeline, as the dispatcher reads it. */
const lastStep = async (caseId: string) => (await caseDetail(t, c.dispatcher, caseId)).timeline.at(-1);
const caseRow = async (id: string) => (await t.database.db.select().from(cases).where(eq(cases.id, id)))[0];

/** A 12345 ticket taken at the place; when `routedTo` is given, the case must have gone there. */
async function ticket(categoryCode: string, at: Point, routedTo: Record<string, unknown> = {}) {
  const taken = await newTicket(t, c.hotline, { categoryCode, description: '来电反映', ...at });
  expect(taken.case).toMatchObject(routedTo);
  return taken.case as { id: string; unitDepartmentId: string | null; unitRegionCode: string | null };
}

describe('改派: a case sent to the wrong unit is moved to another', () => {
  let id: string;

  it('the dispatcher moves a ticket from 城管 to 市场监管; the timeline keeps both units', async () => {
    id = (await ticket(MANHOLE, yongchang, { unitDepartmentId: dept.chengguan })).id;
    // Let the old unit's step clock run a little, so a restart shows.
    await t.database.db
      .update(cases)
      .set({ stepStartedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(cases.id, id));
    const res = await act(t, c.dispatcher, id, 'reroute', {
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
    expect(await lastStep(id)).toMatchObject({
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
    expect((await ticketStep(t, c.department, id, 'sign')).statusCode).toBe(404);
    const { cookie: market } = await departmentStaff(t, c.admin, 'misrouted.market', dept.market);
    const signed = await ticketStep(t, market, id, 'sign', { note: '已签收' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().case.status).toBe('in_progress');
  });

  it('the shift lead moves an accepted case on to the street office, which must sign again', async () => {
    const res = await act(t, c.shiftlead, id, 'reroute', {
      note: '需街道牵头',
      unit: { regionCode: demo.yongchang },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().case).toMatchObject({
      status: 'dispatched',
      unitDepartmentId: null,
      unitRegionCode: demo.yongchang,
    });
    expect(await lastStep(id)).toMatchObject({
      action: 'reroute',
      actorRole: 'shift_lead',
      fromStatus: 'in_progress',
      toStatus: 'dispatched',
      data: {
        from: { unitDepartmentId: dept.market, unitRegionCode: null },
        to: { unitDepartmentId: null, unitRegionCode: demo.yongchang },
      },
    });
    const signed = await ticketStep(t, c.street, id, 'sign');
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().case.status).toBe('in_progress');
  });
});

describe('重新定位: a ticket placed in the wrong grid is put where it is, and routed again', () => {
  let id: string;

  it('moves the case to 前进街道 and to that street’s office, recording old and new', async () => {
    id = (await ticket(STALLS, yongchang, { unitRegionCode: demo.yongchang })).id;
    const res = await act(t, c.dispatcher, id, 'relocate', {
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
    expect(await lastStep(id)).toMatchObject({
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
    const there = await readTicket(t, c.community2, id);
    expect(there.statusCode, there.body).toBe(200);
    expect(there.json().ticket.regionCode).toBe(demo.gridOf(demo.qianjinCommunity));
    expect((await readTicket(t, c.community, id)).statusCode).toBe(404);
  });

  it('a case its unit returned as not in its area is placed again and sent to the right unit', async () => {
    const taken = await ticket(STALLS, yongchang);
    const returned = await act(t, c.street, taken.id, 'return', { note: '不在本街道' });
    expect(returned.statusCode, returned.body).toBe(200);
    const res = await act(t, c.shiftlead, taken.id, 'relocate', {
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
    const res = await act(t, c.dispatcher, taken.id, 'relocate', {
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
      (await t.get(`/api/cases/${taken.id}`, cookie)).json().allowedActions;
    expect(await offered(c.dispatcher)).toEqual(expect.arrayContaining(['reroute', 'relocate']));
    expect(await offered(c.shiftlead)).toEqual(expect.arrayContaining(['reroute', 'relocate']));
    expect(await offered(c.street)).not.toContain('reroute');
    expect(await offered(c.street)).not.toContain('relocate');
  });
});

describe('moves refused change nothing', () => {
  let id: string;
  const snapshot = async () => ({ events: await caseEventCount(t, id), row: await caseRow(id) });
  beforeAll(async () => {
    id = (await ticket(STALLS, yongchang)).id;
  });

  /** The move, taken by `who`, is refused with the status and code given, and changes nothing. */
  const refused = async (who: string, action: string, body: object, status: number, code: string) => {
    const before = await snapshot();
    const res = await act(t, cookieOf(c, who), id, action, { ...body });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  };
  const here = { regionCode: demo.yongchang };
  const there = { regionCode: demo.qianjin };
  const inTown = { lat: 43.9, lng: 125.2 };
  const nowhere = { lat: 0, lng: 0 };
  const farAway = { lat: 10, lng: 10 };

  it.each([
    ['the street office itself', 'street', 'reroute', { note: 'x', unit: there }, 403, 'ROLE_NOT_ALLOWED'],
    ['the hotline operator', 'hotline', 'relocate', { note: 'x', place: nowhere }, 403, 'ROLE_NOT_ALLOWED'],
  ] as const)('refuses %s', (_, who, action, body, status, code) => refused(who, action, body, status, code));

  // The district's dispatcher may move a case, but not so.
  it.each([
    ['no unit', 'reroute', { note: 'x' }, 400, 'UNIT_REQUIRED'],
    ['no reason', 'reroute', { unit: here }, 400, 'REASON_REQUIRED'],
    ['no reason given', 'relocate', { note: ' ', place: inTown }, 400, 'REASON_REQUIRED'],
    ['no place', 'relocate', { note: 'x' }, 400, 'PLACE_REQUIRED'],
    ['a place on a reroute', 'reroute', { note: 'x', unit: here, place: inTown }, 400, 'PLACE_NOT_ALLOWED'],
    ['a unit on a relocation', 'relocate', { note: 'x', unit: here, place: inTown }, 400, 'UNIT_NOT_ALLOWED'],
    ['the unit it is with', 'reroute', { note: 'x', unit: here }, 422, 'SAME_UNIT'],
    ['an office of another area', 'reroute', { note: 'x', unit: there }, 422, 'UNIT_DOES_NOT_COVER_CASE'],
    ['a point outside every grid', 'relocate', { note: 'x', place: farAway }, 422, 'LOCATION_OUTSIDE_GRIDS'],
  ] as const)('refuses %s', (_, action, body, status, code) =>
    refused('dispatcher', action, body, status, code),
  );

  it('refuses a point in the case’s own grid, and a case no unit has', async () => {
    await refused('dispatcher', 'relocate', { note: 'x', place: yongchang }, 422, 'SAME_GRID');
    const consult = { requestType: 'consult', answeredOnCall: true };
    const answered = await newTicket(t, c.hotline, {
      categoryCode: 'E1301',
      description: '咨询',
      ...yongchang,
      ...consult,
    });
    const closed = await act(t, c.dispatcher, answered.case.id, 'reroute', {
      note: 'x',
      unit: { departmentId: dept.market },
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('ACTION_NOT_ALLOWED_IN_STATE');
  });
});
