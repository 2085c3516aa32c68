import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, caseDetail, MANHOLE, ownPhoto, STALLS, uploadPhoto, usePointIn } from '../../test/cases.js';
import { expectOk as ok } from '../../test/test-app.js';
import { call, newTicket, readTicket, takeCall, ticketStep } from '../../test/tickets.js';
import { caseEvents, cases } from '../cases/cases.tables.js';
import { kpiOutbox } from '../stats/stats.tables.js';

const { t, c } = useTestApp([...HOTLINE_CREW, 'grid', 'community2']);
const at = usePointIn(t, c);

const ENQUIRY = 'E1301'; // 12345 咨询

const timelineOf = async (caseId: string) => (await caseDetail(t, c.dispatcher, caseId)).timeline;

describe('a complaint through the 12345 overlay: 签收 → 响应 → handle → 回访', () => {
  let id: string;

  it('is taken by the operator and arrives dispatched to the routed unit, with its ticket, once per key', async () => {
    const key = 'call-0001-manhole';
    const body = call({
      categoryCode: MANHOLE,
      description: '来电反映井盖丢失',
      ...at,
      address: '义和路3号',
    });
    const res = await takeCall(t, c.hotline, body, key);
    expect(res.statusCode, res.body).toBe(201);
    const taken = res.json();
    id = taken.case.id;
    expect(taken.case).toMatchObject({
      channel: 'hotline',
      status: 'dispatched',
      unitDepartmentId: expect.any(String),
      reporterName: '王先生',
      reporterPhone: '138 1234 5678',
      routing: 'department_led',
    });
    expect(taken.ticket).toMatchObject({
      caseId: id,
      caseCode: taken.case.code,
      requestType: 'complaint',
      urgency: 'general',
      callerPhone: '138 1234 5678',
      signedAt: null,
      contactedAt: null,
      closedOnCall: false,
      callbackValid: null,
      regionCode: taken.case.gridCode,
    });
    expect(taken.relatedTickets).toEqual([]);
    const again = await takeCall(t, c.hotline, body, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, case: { id }, ticket: { caseId: id } });
    const reused = await takeCall(t, c.hotline, { ...body, urgency: 'complex' }, key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('the unit holding it sees it at once; signing for it is accepting it; then it contacts the caller', async () => {
    const seen = await readTicket(t, c.department, id);
    await ok(seen, 'read');
    const signed = await ticketStep(t, c.department, id, 'sign', { note: '已签收' });
    await ok(signed, 'sign');
    expect(signed.json().ticket.signedAt).toEqual(expect.any(String));
    expect(signed.json().case.status).toBe('in_progress');
    const contacted = await ticketStep(t, c.department, id, 'contact', {
      note: '已电话联系来电人，今日到场',
    });
    await ok(contacted, 'contact');
    expect(contacted.json().ticket.contactedAt).toEqual(expect.any(String));
  });

  it('is handled, checked, called back (valid, resolved, satisfied) and closed', async () => {
    const photo = await uploadPhoto(t, c.department);
    await ok(await act(t, c.department, id, 'feedback', { note: '已补装', photoIds: [photo] }), 'fb');
    await ok(await act(t, c.grid, id, 'check_pass', await ownPhoto(t, c.grid)), 'check');

    const missed = await ticketStep(t, c.hotline, id, 'callback', {
      reached: false,
      note: '无人接听',
    });
    await ok(missed, 'unreached callback');
    expect(missed.json().followUp).toMatchObject({ code: 'CALL_AGAIN' });
    expect(missed.json().ticket).toMatchObject({ callbackValid: false, resolved: null });

    const valid = await ticketStep(t, c.hotline, id, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
      note: '来电人表示井盖已补装，满意',
    });
    await ok(valid, 'valid callback');
    expect(valid.json().followUp).toBeNull();
    expect(valid.json().ticket).toMatchObject({
      callbackValid: true,
      resolved: true,
      satisfaction: 'satisfied',
      callbackAt: expect.any(String),
    });
    const closed = await act(t, c.shiftlead, id, 'close');
    expect(closed.json().case.status).toBe('closed');
  });

  it('keeps the direct dispatch, sign, contact and callback on the timeline with their actors', async () => {
    const timeline = await timelineOf(id);
    expect(timeline.map((e) => e.action)).toEqual([
      'report',
      'file',
      'dispatch',
      'sign',
      'accept',
      'contact',
      'feedback',
      'check_pass',
      'callback',
      'callback',
      'close',
    ]);
    // Filed and dispatched as the call was taken, by the operator, to the unit the list names.
    for (const [i, from, to] of [
      [1, 'registered', 'filed'],
      [2, 'filed', 'dispatched'],
    ] as const) {
      expect(timeline[i]).toMatchObject({
        actorName: '12345受理员',
        actorRole: 'hotline_operator',
        fromStatus: from,
        toStatus: to,
        data: { direct: true },
      });
    }
    expect(timeline[2]?.data?.unitDepartmentId).toEqual(expect.any(String));
    const [sign, accept, contact] = ['sign', 'accept', 'contact'].map((a) =>
      timeline.find((e) => e.action === a),
    );
    for (const [step, status] of [
      [sign, 'dispatched'],
      [contact, 'in_progress'],
    ] as const) {
      expect(step).toMatchObject({
        actorName: '城管执法队员',
        actorRole: 'department_staff',
        fromStatus: status,
        toStatus: status,
        data: { onTime: true, dueAt: expect.any(String) },
      });
    }
    expect(accept).toMatchObject({
      actorRole: 'department_staff',
      fromStatus: 'dispatched',
      toStatus: 'in_progress',
    });
    const callbacks = timeline.filter((e) => e.action === 'callback');
    expect(callbacks.map((e) => e.data)).toEqual([
      { valid: false, contacted: true, resolved: null, satisfaction: null },
      { valid: true, contacted: true, resolved: true, satisfaction: 'satisfied' },
    ]);
    for (const e of callbacks) {
      expect(e).toMatchObject({
        actorName: '12345受理员',
        actorRole: 'hotline_operator',
        fromStatus: 'checked',
        toStatus: 'checked',
      });
    }
  });

  it('shows the number in full to the operator only: masked for the dispatcher and in lists', async () => {
    const forOperator = (await readTicket(t, c.hotline, id)).json();
    expect(forOperator.ticket.callerPhone).toBe('138 1234 5678');
    expect(forOperator.case.reporterPhone).toBe('138 1234 5678');
    const forDispatcher = (await readTicket(t, c.dispatcher, id)).json();
    expect(forDispatcher.ticket.callerPhone).toBe('138****5678');
    expect(forDispatcher.case.reporterPhone).toBe('138****5678');
    const list = (await t.get('/api/hotline/tickets?calledBack=true', c.hotline)).json();
    expect(list.items.map((i: { ticket: { caseId: string } }) => i.ticket.caseId)).toEqual([id]);
    expect(list.items[0].ticket.callerPhone).toBe('138****5678');
    expect(list.items[0].case).toMatchObject({ id, status: 'closed', categoryCode: MANHOLE });
  });

  it('is outside another community: 404, and absent from its list', async () => {
    const res = await readTicket(t, c.community2, id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('TICKET_NOT_FOUND');
    const list = (await t.get('/api/hotline/tickets', c.community2)).json();
    expect(list.total).toBe(0);
  });

  it('links the same caller’s repeated complaints, however the number was typed, same problem first', async () => {
    const called = (categoryCode: string, description: string, callerPhone: string) =>
      newTicket(t, c.hotline, { categoryCode, description, ...at, callerPhone });
    const other = await called(STALLS, '门口占道经营', '13812345678');
    const stranger = await called(MANHOLE, '另一处井盖', '139 0000 1111');
    const repeat = await called(MANHOLE, '井盖又丢了', '+86 13812345678');
    const related = repeat.relatedTickets;
    expect(related.map((r: { caseId: string }) => r.caseId)).toEqual([id, other.case.id]);
    expect(related.map((r: { sameCategory: boolean }) => r.sameCategory)).toEqual([true, false]);
    expect(related[0]).toMatchObject({
      code: expect.any(String),
      status: 'closed',
      requestType: 'complaint',
    });
    expect(related.map((r: { caseId: string }) => r.caseId)).not.toContain(stranger.case.id);

    const seen = (await readTicket(t, c.dispatcher, id)).json().related;
    expect(seen.map((r: { caseId: string }) => r.caseId)).toEqual([repeat.case.id, other.case.id]);
  });

  it('lists tickets by request type, urgency and step, paged', async () => {
    const list = async (query: string) => (await t.get(`/api/hotline/tickets?${query}`, c.dispatcher)).json();
    expect((await list('')).total).toBe(4);
    expect(
      (await list('signed=true')).items.map((i: { ticket: { caseId: string } }) => i.ticket.caseId),
    ).toEqual([id]);
    expect((await list('signed=false&contacted=false')).total).toBe(3);
    expect((await list('calledBack=false')).total).toBe(3);
    expect((await list('requestType=consult')).total).toBe(0);
    expect((await list('urgency=general&requestType=complaint')).total).toBe(4);
    const page = await list('pageSize=1&page=2');
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
  });
});

describe('a consultation answered on the call', () => {
  it('is closed at once with one answer_on_call event and needs no callback', async () => {
    const consult = { requestType: 'consult', answeredOnCall: true };
    const description = '咨询居住证办理材料';
    const { case: answered, ticket } = await newTicket(t, c.hotline, {
      categoryCode: ENQUIRY,
      description,
      ...at,
      ...consult,
    });
    expect(answered).toMatchObject({ status: 'closed', closedAt: expect.any(String), light: null });
    expect(ticket).toMatchObject({ closedOnCall: true, requestType: 'consult', callbackValid: null });
    const timeline = await timelineOf(answered.id);
    expect(timeline.map((e) => e.action)).toEqual(['report', 'answer_on_call']);
    expect(timeline[1]).toMatchObject({
      actorRole: 'hotline_operator',
      fromStatus: 'registered',
      toStatus: 'closed',
    });
    const callback = await ticketStep(t, c.hotline, answered.id, 'callback', {
      reached: true,
      resolved: true,
      satisfaction: 'satisfied',
      note: 'x',
    });
    expect(callback.statusCode).toBe(409);
    expect(callback.json().error.code).toBe('CLOSED_ON_CALL');
  });
});

describe('the KPI rollups', () => {
  it('have a kpi_outbox row for every event of every hotline case', async () => {
    const events = await t.database.db
      .select({ id: caseEvents.id, action: caseEvents.action })
      .from(caseEvents)
      .innerJoin(cases, eq(cases.id, caseEvents.caseId))
      .where(eq(cases.channel, 'hotline'));
    const actions = new Set(events.map((e) => e.action));
    for (const a of ['sign', 'contact', 'callback', 'answer_on_call']) expect(actions).toContain(a);
    const queued = await t.database.db
      .select({ eventId: kpiOutbox.eventId })
      .from(kpiOutbox)
      .where(
        and(
          eq(kpiOutbox.source, 'case'),
          inArray(
            kpiOutbox.eventId,
            events.map((e) => e.id),
          ),
        ),
      );
    expect(queued.map((q) => q.eventId).sort((a, b) => a - b)).toEqual(
      events.map((e) => e.id).sort((a, b) => a - b),
    );
  });
});
