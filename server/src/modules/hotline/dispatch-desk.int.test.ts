import { describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, caseDetail, MANHOLE, usePointIn } from '../../test/cases.js';
import { expectOk as ok } from '../../test/test-app.js';
import { call, newTicket, takeCall, ticketStep } from '../../test/tickets.js';

const { t, c } = useTestApp([...HOTLINE_CREW]);
const at = usePointIn(t, c);

async function toDispatchCount(cookie: string): Promise<number> {
  const res = await t.get('/api/workbench', cookie);
  await ok(res, 'workbench');
  const queue = res.json().queues.find((q: { key: string }) => q.key === 'to_dispatch');
  return queue?.count ?? 0;
}

describe('a 12345 call sent to the dispatch desk (转派遣台)', () => {
  let id: string;

  it('is filed, not dispatched, and waits in the dispatcher’s 待派遣 queue with the routed unit suggested', async () => {
    const before = await toDispatchCount(c.dispatcher);
    const { case: taken, ticket } = await newTicket(t, c.hotline, {
      categoryCode: MANHOLE,
      description: '来电反映井盖丢失，涉及多个单位，职责不清',
      ...at,
      urgency: 'complex',
      toDispatchDesk: true,
    });
    id = taken.id;
    expect(taken).toMatchObject({ status: 'filed', unitDepartmentId: expect.any(String) });
    expect(ticket).toMatchObject({ caseId: id, urgency: 'complex', signedAt: null });
    expect(await toDispatchCount(c.dispatcher)).toBe(before + 1);
    const { timeline } = await caseDetail(t, c.dispatcher, id);
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(['report', 'file']);
    expect(timeline[1]).toMatchObject({ actorRole: 'hotline_operator', toStatus: 'filed' });
  });

  it('cannot be signed for by the unit until the desk dispatches it; then the usual overlay follows', async () => {
    const early = await ticketStep(t, c.department, id, 'sign', { note: '签收' });
    expect(early.statusCode).toBeGreaterThanOrEqual(400);
    expect(early.statusCode).toBeLessThan(500);
    await ok(await act(t, c.dispatcher, id, 'dispatch', { note: '派城管执法' }), 'dispatch');
    const signed = await ticketStep(t, c.department, id, 'sign', { note: '已签收' });
    await ok(signed, 'sign');
    expect(signed.json().case.status).toBe('in_progress');
  });

  it('is refused for a consultation answered on the call, and changes nothing', async () => {
    const tickets = async () => (await t.get('/api/hotline/tickets', c.hotline)).json().total;
    const before = await tickets();
    const both = await takeCall(
      t,
      c.hotline,
      call({
        categoryCode: MANHOLE,
        description: '咨询并转派',
        ...at,
        requestType: 'consult',
        answeredOnCall: true,
        toDispatchDesk: true,
      }),
    );
    expect(both.statusCode).toBe(400);
    expect(both.json().error.code).toBe('ANSWERED_CALL_NOT_DISPATCHED');
    expect(await tickets()).toBe(before);
  });

  it('refuses a retry under the same key that changes where the call goes', async () => {
    const body = call({ categoryCode: MANHOLE, description: '来电反映路灯不亮', ...at });
    const key = 'desk-replay-0001';
    expect((await takeCall(t, c.hotline, body, key)).statusCode).toBe(201);
    expect((await takeCall(t, c.hotline, body, key)).statusCode).toBe(200);
    const moved = await takeCall(t, c.hotline, { ...body, toDispatchDesk: true }, key);
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
