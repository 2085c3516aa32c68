import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_CREW, departmentIds, useTestApp } from '../../test/actors.js';
import { caseAt, grid001, uploadPhoto } from '../../test/cases.js';
import { demo } from '../../test/demo-places.js';
import { callStep, issueWhistle, reportIn } from '../../test/whistles.js';
import { whistleCalls, whistleEvents, whistleOrders } from './whistle.tables.js';

const { t, c } = useTestApp([...CASE_CREW, 'street', 'community', 'community2']);
let dept: Record<string, string> = {};
let gridUserId: string;
beforeAll(async () => {
  dept = await departmentIds(t, c.admin);
  const held = await t.get(`/api/posts?regionCode=${grid001}`, c.community);
  gridUserId = held.json().items.find((p: { kind: string }) => p.kind === 'grid_leader').userId;
});

const get = (id: string, cookie: string | undefined) => t.get(`/api/whistles/${id}`, cookie);

describe('a community whistles its grid members (社区吹哨、网格成员报到)', () => {
  let orderId: string;
  let callId: string;
  let caseId: string;

  it('calls the grid leader, who is told, sees it and reports in', async () => {
    caseId = (await caseAt(t, c, 'in_progress')).id;
    const res = await issueWhistle(t, c.community, {
      title: '义和路井盖看护',
      task: '设置围挡，疏导行人',
      place: '义和路3号',
      caseIds: [caseId],
      calls: [{ userId: gridUserId, task: '现场看护' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    orderId = body.order.id;
    callId = body.calls[0].id;
    expect(body.order).toMatchObject({ level: 2, regionCode: demo.yongchangCommunity });
    expect(body.order.code).toMatch(new RegExp(`^SL-${demo.yongchangCommunity}-\\d{8}-01$`));
    expect(body.calls[0]).toMatchObject({ targetKind: 'member', userId: gridUserId, name: '网格员' });
    const notices = (await t.get('/api/notifications', c.grid)).json().items;
    expect(notices.find((n: { title: string }) => n.title.includes(body.order.code))).toMatchObject({
      kind: 'assigned',
      caseId,
    });
    const mine = await t.get('/api/whistles', c.grid);
    expect(mine.json().items.map((o: { id: string }) => o.id)).toEqual([orderId]);
    expect(await reportIn(t, c.grid, orderId, callId)).toEqual({ late: false });
    const after = (await get(orderId, c.community)).json();
    expect(after.calls[0]).toMatchObject({ late: false, completionNote: '已完成' });
    expect(after.events.map((e: { action: string }) => e.action)).toEqual([
      'issue',
      'acknowledge',
      'arrive',
      'complete',
    ]);
    expect(after.events[2].data).toEqual({
      onTime: true,
      departmentId: null,
      partnerUnitId: null,
      userId: gridUserId,
    });
  });

  it('is outside other jurisdictions: 404 for another community and for a department not called', async () => {
    for (const cookie of [c.community2, c.department]) {
      const res = await get(orderId, cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('WHISTLE_NOT_FOUND');
      const list = await t.get('/api/whistles', cookie);
      expect(list.json().items.map((o: { id: string }) => o.id)).not.toContain(orderId);
    }
    const acted = await callStep(t, c.community2, orderId, callId, 'acknowledge');
    expect(acted.statusCode).toBe(404);
    const closed = await t.post(`/api/whistles/${orderId}/cancel`, c.community2, { reason: 'x' });
    expect(closed.statusCode).toBe(404);
    // The street oversees its communities' whistles but does not command them.
    expect((await get(orderId, c.street)).statusCode).toBe(200);
    const byStreet = await t.post(`/api/whistles/${orderId}/close`, c.street, {});
    expect(byStreet.statusCode).toBe(403);
    expect(byStreet.json().error.code).toBe('NOT_ISSUING_OFFICE');
  });

  it('is called off with a reason while its case is still open, and the member is told', async () => {
    const open = await t.post(`/api/whistles/${orderId}/close`, c.community, {});
    expect(open.json().error.code).toBe('CASES_OPEN');
    const res = await t.post(`/api/whistles/${orderId}/cancel`, c.community, { reason: '改由街道吹哨' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().order.status).toBe('cancelled');
    expect(res.json().events.at(-1)).toMatchObject({ action: 'cancel', note: '改由街道吹哨' });
    const notices = (await t.get('/api/notifications', c.grid)).json().items;
    expect(notices[0]).toMatchObject({ kind: 'status_changed', body: '改由街道吹哨' });
    const twice = await t.post(`/api/whistles/${orderId}/cancel`, c.community, { reason: 'x' });
    expect(twice.json().error.code).toBe('WHISTLE_NOT_OPEN');
  });

  it('escalates what the community cannot solve to the street (上报街道)', async () => {
    const res = await t.post('/api/whistles/escalations', c.community, {
      caseId,
      reason: '涉及自来水公司与城管，社区无力协调',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ caseId, streetCode: demo.yongchang, notified: 1 });
    const notices = (await t.get('/api/notifications', c.street)).json().items;
    expect(notices[0]).toMatchObject({ kind: 'assigned', caseId, title: `社区上报：${res.json().caseCode}` });
    const audit = await t.get(`/api/audit?entity=case&entityId=${caseId}`, c.admin);
    expect(audit.json().items[0]).toMatchObject({ action: 'whistle.escalate' });
    const foreign = await t.post('/api/whistles/escalations', c.community2, { caseId, reason: 'x' });
    expect(foreign.statusCode).toBe(404);
    const byStreet = await t.post('/api/whistles/escalations', c.street, { caseId, reason: 'x' });
    expect(byStreet.statusCode).toBe(403);
  });
});

describe('refusals change nothing', () => {
  const rows = async () => {
    const db = t.database.db;
    const [orders] = await db.select({ n: count() }).from(whistleOrders);
    const [calls] = await db.select({ n: count() }).from(whistleCalls);
    const [events] = await db.select({ n: count() }).from(whistleEvents);
    return [Number(orders?.n), Number(calls?.n), Number(events?.n)];
  };
  const valid = () => ({
    title: '测试哨令',
    task: '测试',
    place: '义和路',
    calls: [{ departmentId: dept.chengguan, task: '到场' }],
  });

  it('answers bad input with 400, unknown or foreign records with 404, settled cases with 409', async () => {
    const before = await rows();
    const closedCase = (await caseAt(t, c, 'closed')).id;
    const cases: [string, string, Record<string, unknown>, number, string][] = [
      ['street', 'no calls', { ...valid(), calls: [] }, 400, 'VALIDATION_FAILED'],
      ['street', 'an unknown field', { ...valid(), urgent: true }, 400, 'VALIDATION_FAILED'],
      ['street', 'a blank title', { ...valid(), title: '' }, 400, 'VALIDATION_FAILED'],
      [
        'street',
        'a meeting time that is no time',
        { ...valid(), meetAt: 'tomorrow' },
        400,
        'VALIDATION_FAILED',
      ],
      ['street', 'lat without lng', { ...valid(), lat: 43.8 }, 400, 'LOCATION_INCOMPLETE'],
      [
        'street',
        'a deadline in the past',
        { ...valid(), reportDeadlineAt: '2020-01-01T00:00:00Z' },
        400,
        'DEADLINE_OUT_OF_RANGE',
      ],
      [
        'street',
        'a department called twice',
        { ...valid(), calls: [...valid().calls, ...valid().calls] },
        400,
        'DUPLICATE_CALL',
      ],
      [
        'street',
        'a grid member called by the street',
        { ...valid(), calls: [{ userId: gridUserId, task: 'x' }] },
        400,
        'CALL_NOT_ALLOWED_AT_LEVEL',
      ],
      ['community', 'a department called by a community', valid(), 400, 'CALL_NOT_ALLOWED_AT_LEVEL'],
      [
        'community',
        'someone holding no grid post',
        { ...valid(), calls: [{ userId: '00000000-0000-4000-8000-000000000000', task: 'x' }] },
        404,
        'MEMBER_NOT_FOUND',
      ],
      [
        'street',
        'an unknown department',
        { ...valid(), calls: [{ departmentId: '00000000-0000-4000-8000-000000000000', task: 'x' }] },
        404,
        'DEPARTMENT_NOT_FOUND',
      ],
      [
        'community2',
        'a case of another street',
        { ...valid(), caseIds: [closedCase] },
        404,
        'CASE_NOT_FOUND',
      ],
      ['street', 'a closed case', { ...valid(), caseIds: [closedCase] }, 409, 'CASE_NOT_OPEN'],
      ['department', 'a department whistling', valid(), 403, 'PERMISSION_DENIED'],
      ['admin', 'the city administrator', valid(), 403, 'NOT_A_WHISTLING_OFFICE'],
    ];
    for (const [who, what, body, status, code] of cases) {
      const res = await issueWhistle(t, c[who] as string, body);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(res.json().error.code, what).toBe(code);
    }
    expect(await rows()).toEqual(before);
  });

  it('refuses a report-in without its own photo, and an evaluation mark out of range', async () => {
    const issued = await issueWhistle(t, c.street, valid());
    const { id } = issued.json().order;
    const call = issued.json().calls[0].id;
    await callStep(t, c.department, id, call, 'acknowledge');
    const before = await rows();
    const streetPhoto = await uploadPhoto(t, c.street);
    const foreignPhoto = await callStep(t, c.department, id, call, 'arrive', {
      lat: 43.88,
      lng: 125.31,
      photoId: streetPhoto,
    });
    expect(foreignPhoto.statusCode).toBe(404);
    expect(foreignPhoto.json().error.code).toBe('PHOTO_NOT_FOUND');
    const noPhoto = await callStep(t, c.department, id, call, 'arrive', {
      lat: 43.88,
      lng: 125.31,
    });
    expect(noPhoto.statusCode).toBe(400);
    const farAway = await callStep(t, c.department, id, call, 'arrive', {
      lat: 91,
      lng: 125.31,
      photoId: streetPhoto,
    });
    expect(farAway.statusCode).toBe(400);
    const blank = await callStep(t, c.department, id, call, 'complete', { note: '' });
    expect(blank.statusCode).toBe(400);
    const mark = await callStep(t, c.street, id, call, 'evaluation', {
      solved: true,
      cooperation: 6,
    });
    expect(mark.statusCode).toBe(400);
    const early = await callStep(t, c.street, id, call, 'evaluation', {
      solved: true,
      cooperation: 4,
    });
    expect(early.json().error.code).toBe('CALL_NOT_FINISHED');
    const unknownCall = await callStep(
      t,
      c.department,
      id,
      '00000000-0000-4000-8000-000000000000',
      'acknowledge',
    );
    expect(unknownCall.json().error.code).toBe('CALL_NOT_FOUND');
    expect(await rows()).toEqual(before);
  });
});

describe('the report-in window is a setting', () => {
  it('follows whistleReportHours (1–168), or an explicit deadline', async () => {
    const put = (value: unknown) => t.put('/api/settings/whistleReportHours', c.admin, { value });
    expect((await put(0)).statusCode).toBe(400);
    expect((await put(169)).statusCode).toBe(400);
    expect((await put(2)).statusCode).toBe(200);
    const body = {
      title: '占道经营',
      task: '清理',
      place: '义和路',
      calls: [{ departmentId: dept.market, task: '到场' }],
    };
    const issued = (await issueWhistle(t, c.street, body)).json().order;
    expect(Date.parse(issued.reportDeadlineAt) - Date.parse(issued.issuedAt)).toBe(2 * 3_600_000);
    const deadline = new Date(Date.now() + 30 * 60_000).toISOString();
    const explicit = (await issueWhistle(t, c.street, { ...body, reportDeadlineAt: deadline })).json();
    expect(explicit.order.reportDeadlineAt).toBe(deadline);
    expect((await put(24)).statusCode).toBe(200);
  });
});
