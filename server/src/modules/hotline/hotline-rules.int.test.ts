import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { act, caseEventCount, MANHOLE, usePointIn } from '../../test/cases.js';
import { call, newTicket, readTicket, takeCall, ticketStep } from '../../test/tickets.js';
import { hotlineTickets } from './hotline.tables.js';

const { t, c } = useTestApp([...HOTLINE_CREW, 'community', 'street', 'resident']);
const at = usePointIn(t, c);

const HOUR = 3_600_000;
const ms = (iso: string) => new Date(iso).getTime();

const take = (over: Record<string, unknown> = {}) =>
  newTicket(t, c.hotline, { categoryCode: MANHOLE, description: '井盖丢失', ...at, ...over });

describe('due dates follow the urgency tier', () => {
  it('life and property: the case is due 2 calendar hours after the call, and so is the contact', async () => {
    const { case: k, ticket } = await take({ urgency: 'life_property' });
    expect(ms(k.dueAt) - ms(k.createdAt)).toBe(2 * HOUR);
    expect(ms(ticket.contactDueAt)).toBe(ms(k.dueAt));
    // 签收 is due within 2 working hours, but never after the case itself.
    expect(ms(ticket.signDueAt)).toBeLessThanOrEqual(ms(k.dueAt));
    expect(ms(ticket.signDueAt)).toBeGreaterThan(ms(k.createdAt));
  });

  it('utilities: 24 calendar hours; general and complex: 7 and 15 working days', async () => {
    const utilities = await take({ urgency: 'utilities' });
    expect(ms(utilities.case.dueAt) - ms(utilities.case.createdAt)).toBe(24 * HOUR);
    expect(ms(utilities.ticket.contactDueAt)).toBe(ms(utilities.case.dueAt));
    const calendar = t.calendar.current();
    for (const [urgency, days] of [
      ['general', 7],
      ['complex', 15],
    ] as const) {
      const { case: k, ticket } = await take({ urgency });
      const created = new Date(k.createdAt);
      expect(k.dueAt).toBe(calendar.deadline(created, { amount: days, unit: 'working_days' }).toISOString());
      expect(ticket.signDueAt).toBe(
        calendar.deadline(created, { amount: 2, unit: 'working_hours' }).toISOString(),
      );
      expect(ms(ticket.contactDueAt) - ms(k.createdAt)).toBe(24 * HOUR);
    }
  });

  it('follows the city’s own tiers once an admin changes them', async () => {
    const tiers = {
      life_property: { amount: 1, unit: 'calendar_hours' },
      utilities: { amount: 12, unit: 'calendar_hours' },
      general: { amount: 5, unit: 'working_days' },
      complex: { amount: 10, unit: 'working_days' },
    };
    const put = await t.put('/api/settings/hotlineUrgencyLimits', c.admin, { value: tiers });
    expect(put.statusCode, put.body).toBe(200);
    const { case: k } = await take({ urgency: 'life_property' });
    expect(ms(k.dueAt) - ms(k.createdAt)).toBe(HOUR);
  });

  it.each([
    ['a missing tier', 'hotlineUrgencyLimits', { life_property: { amount: 2, unit: 'calendar_hours' } }],
    ['a sign limit of nothing', 'hotlineSignLimit', { amount: 0, unit: 'working_hours' }],
    ['a contact limit in weeks', 'hotlineContactLimit', { amount: 1, unit: 'weeks' }],
    ['weights summing to 1.5', 'hotlineRateWeights', { response: 0.5, resolution: 0.5, satisfaction: 0.5 }],
    ['a negative weight', 'hotlineRateWeights', { response: -0.1, resolution: 0.7, satisfaction: 0.4 }],
    ['a weight missing', 'hotlineRateWeights', { response: 0.5, resolution: 0.5 }],
  ])('refuses %s with 400', async (_, key, value) => {
    const res = await t.put(`/api/settings/${key}`, c.admin, { value });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('SETTING_INVALID');
  });

  it('accepts other composite weights, such as 30 / 35 / 35', async () => {
    const value = { response: 0.3, resolution: 0.35, satisfaction: 0.35 };
    const res = await t.put('/api/settings/hotlineRateWeights', c.admin, { value });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('refusals change nothing', () => {
  let id: string;
  const snapshot = async () => {
    const [ticket] = await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.caseId, id));
    return { events: await caseEventCount(t, id), ticket };
  };
  const refused = async (
    res: Promise<{ statusCode: number; json(): { error: { code: string } } }>,
    status: number,
    code: string,
  ) => {
    const before = await snapshot();
    const r = await res;
    expect(r.statusCode, code).toBe(status);
    expect(r.json().error.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  };

  beforeAll(async () => {
    id = (await take()).case.id;
  });

  it('the ticket arrives with its unit: only the unit signs, and contacts after signing, once each', async () => {
    // 城管 sees the ticket at once: it was dispatched to it as it was taken.
    expect((await readTicket(t, c.department, id)).statusCode).toBe(200);
    await refused(
      ticketStep(t, c.hotline, id, 'callback', {
        reached: true,
        resolved: true,
        satisfaction: 'satisfied',
        note: 'x',
      }),
      409,
      'CASE_NOT_HANDLED',
    );
    await refused(ticketStep(t, c.dispatcher, id, 'sign'), 403, 'ROLE_NOT_ALLOWED');
    await refused(ticketStep(t, c.hotline, id, 'sign'), 403, 'ROLE_NOT_ALLOWED');
    await refused(ticketStep(t, c.community, id, 'sign'), 403, 'NOT_CASE_HOLDER');
    await refused(ticketStep(t, c.street, id, 'sign'), 403, 'NOT_CASE_HOLDER');
    await refused(ticketStep(t, c.department, id, 'contact', { note: '已联系' }), 409, 'NOT_SIGNED');
    await refused(ticketStep(t, c.resident, id, 'sign'), 403, 'PERMISSION_DENIED');
    await refused(
      ticketStep(t, c.department, id, 'callback', { reached: false, note: 'x' }),
      403,
      'PERMISSION_DENIED',
    );
    expect((await ticketStep(t, c.department, id, 'sign')).statusCode).toBe(200);
    await refused(ticketStep(t, c.department, id, 'sign'), 409, 'ALREADY_SIGNED');
    // Signing was accepting: the case API has no accept left to take.
    await refused(act(t, c.department, id, 'accept'), 409, 'ACTION_NOT_ALLOWED_IN_STATE');
    expect((await ticketStep(t, c.department, id, 'contact', { note: '已联系' })).statusCode).toBe(200);
    await refused(ticketStep(t, c.department, id, 'contact', { note: '再联系' }), 409, 'ALREADY_CONTACTED');
  });

  it('a ticket its unit returned waits for the dispatcher: nobody signs for it', async () => {
    const { case: k } = await take();
    const returned = await act(t, c.department, k.id, 'return', { note: '非本单位职责' });
    expect(returned.statusCode, returned.body).toBe(200);
    const res = await ticketStep(t, c.street, k.id, 'sign');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CASE_NOT_DISPATCHED');
  });

  it('an unresolved verdict before the unit has reported is refused, and changes nothing', async () => {
    await refused(
      ticketStep(t, c.hotline, id, 'callback', { reached: true, resolved: false, note: 'x' }),
      409,
      'CASE_NOT_HANDLED',
    );
  });

  it('an administrator holds the permission but is no operator: 403, and no case is made', async () => {
    const body = call({ categoryCode: MANHOLE, description: 'x', ...at });
    const res = await takeCall(t, c.admin, body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ROLE_NOT_ALLOWED');
    const dispatcher = await takeCall(t, c.dispatcher, body);
    expect(dispatcher.json().error.code).toBe('PERMISSION_DENIED');
    const resident = await t.get('/api/hotline/tickets', c.resident);
    expect(resident.statusCode).toBe(403);
  });
});

describe('bad input is a 400', () => {
  const base = () => call({ categoryCode: MANHOLE, description: '井盖丢失', ...at });
  it.each([
    ['no caller phone', { callerPhone: undefined }],
    ['no caller name', { callerName: undefined }],
    ['a phone of letters', { callerPhone: 'call me' }],
    ['an unknown request type', { requestType: 'praise' }],
    ['an unknown urgency', { urgency: 'urgent' }],
    ['a text coordinate', { lat: '43.8' }],
    ['an unknown field', { photoIds: [] }],
    ['a complaint answered on the call', { answeredOnCall: true }],
  ])('refuses %s', async (_, over) => {
    const res = await takeCall(t, c.hotline, { ...base(), ...over });
    expect(res.statusCode, res.body).toBe(400);
  });

  it('refuses a call without an Idempotency-Key', async () => {
    const res = await t.post('/api/hotline/tickets', c.hotline, base());
    expect(res.statusCode).toBe(400);
  });

  it('refuses a callback with answers from a caller who was not reached, and a contact without a note', async () => {
    const { case: k } = await take();
    const callback = await ticketStep(t, c.hotline, k.id, 'callback', {
      reached: false,
      resolved: true,
      note: 'x',
    });
    expect(callback.statusCode).toBe(400);
    expect(callback.json().error.code).toBe('ANSWERS_WITHOUT_CALLER');
    const bad = await ticketStep(t, c.hotline, k.id, 'callback', {
      reached: true,
      satisfaction: 'thrilled',
      note: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const contact = await ticketStep(t, c.street, k.id, 'contact', {});
    expect(contact.statusCode).toBe(400);
    expect((await readTicket(t, c.hotline, 'not-a-uuid')).statusCode).toBe(400);
    const list = await t.get('/api/hotline/tickets?signed=maybe', c.hotline);
    expect(list.statusCode).toBe(400);
  });
});
