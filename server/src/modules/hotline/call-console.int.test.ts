import { describe, expect, it } from 'vitest';
import { HOTLINE_CREW, useTestApp } from '../../test/actors.js';
import { MANHOLE, STALLS, usePointIn } from '../../test/cases.js';
import { newTicket } from '../../test/tickets.js';

const { t, c } = useTestApp([...HOTLINE_CREW, 'community']);
const at = usePointIn(t, c);

const history = (phone: string, cookie = c.hotline) =>
  t.get(`/api/hotline/callers/tickets?phone=${encodeURIComponent(phone)}`, cookie);

describe("a caller's earlier tickets, by the number alone", () => {
  it('come up as soon as the number is typed, newest first, however it is written', async () => {
    const first = await newTicket(t, c.hotline, {
      categoryCode: MANHOLE,
      description: '井盖丢失',
      ...at,
      callerPhone: '137 0000 2222',
    });
    const second = await newTicket(t, c.hotline, {
      categoryCode: STALLS,
      description: '占道经营',
      ...at,
      callerPhone: '+86 13700002222',
    });
    await newTicket(t, c.hotline, {
      categoryCode: STALLS,
      description: '别人的',
      ...at,
      callerPhone: '13700003333',
    });
    const res = await history('0086-137-0000-2222');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tickets.map((r: { caseId: string }) => r.caseId)).toEqual([
      second.case.id,
      first.case.id,
    ]);
    expect(res.json().tickets[0]).toMatchObject({
      code: second.case.code,
      description: '占道经营',
      status: expect.any(String),
    });
    expect(JSON.stringify(res.json())).not.toContain('13700002222');
    expect((await history('13799998888')).json().tickets).toEqual([]);
  });

  it('is for those who take calls, and refuses what is not a number', async () => {
    expect((await history('13700002222', c.department)).statusCode).toBe(403);
    for (const phone of ['abc', '12', '1'.repeat(30)]) {
      const res = await history(phone);
      expect(res.statusCode, phone).toBe(400);
    }
    expect((await t.get('/api/hotline/callers/tickets', c.hotline)).statusCode).toBe(400);
  });
});

describe('when a call taken now is due', () => {
  it('is told per urgency tier, and a call taken then gets that due date', async () => {
    const res = await t.get('/api/hotline/due-dates', c.hotline);
    expect(res.statusCode, res.body).toBe(200);
    const { now, dueAt } = res.json();
    // 2 calendar hours for life and property, whatever the office hours.
    expect(Date.parse(dueAt.life_property) - Date.parse(now)).toBe(2 * 3600_000);
    expect(Date.parse(dueAt.general)).toBeGreaterThan(Date.parse(dueAt.utilities));
    expect(Date.parse(dueAt.complex)).toBeGreaterThan(Date.parse(dueAt.general));
    const taken = await newTicket(t, c.hotline, {
      categoryCode: MANHOLE,
      description: '井盖',
      ...at,
      urgency: 'life_property',
    });
    const gap = Math.abs(Date.parse(taken.case.dueAt) - Date.parse(dueAt.life_property));
    expect(gap).toBeLessThan(60_000);
    expect((await t.get('/api/hotline/due-dates', c.department)).statusCode).toBe(403);
  });
});
