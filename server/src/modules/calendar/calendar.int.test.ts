import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';

const { t, c } = useTestApp(['admin', 'resident']);

// 2026-11-23 is a Monday, with no public holiday that week.
const SATURDAY = '2026-11-28';
const WEDNESDAY = '2026-11-25';

interface Day {
  day: string;
  isWorkingDay: boolean;
  overridden: boolean;
  note: string | null;
}

async function week(): Promise<Map<string, Day>> {
  const res = await t.get('/api/calendar?from=2026-11-23&to=2026-11-29', c.resident);
  expect(res.statusCode).toBe(200);
  return new Map((res.json().days as Day[]).map((d) => [d.day, d]));
}
const put = (day: string, payload: unknown, cookie = c.admin) =>
  t.put(`/api/calendar/overrides/${day}`, cookie, payload as object);
const remove = (day: string, cookie = c.admin) => t.delete(`/api/calendar/overrides/${day}`, cookie);

describe('the working calendar', () => {
  it('shows a plain week to any signed-in user: Monday to Friday work, the weekend does not', async () => {
    const days = await week();
    expect([...days.values()].map((d) => d.isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(days.get(SATURDAY)).toMatchObject({ overridden: false, note: null });
  });

  it('an override makes Saturday a working day, and deleting it restores the weekend', async () => {
    const res = await put(SATURDAY, { kind: 'workday', note: '创卫迎检加班' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ day: SATURDAY, kind: 'workday', note: '创卫迎检加班' });
    expect((await week()).get(SATURDAY)).toEqual({
      day: SATURDAY,
      isWorkingDay: true,
      overridden: true,
      note: '创卫迎检加班',
    });
    expect(t.calendar.current().isWorkingDay(SATURDAY)).toBe(true);
    const audit = await t.get(`/api/audit?entity=calendar_override&entityId=${SATURDAY}`, c.admin);
    expect(audit.json().items[0]).toMatchObject({
      action: 'calendar.override.set',
      after: { kind: 'workday' },
    });

    expect((await remove(SATURDAY)).statusCode).toBe(204);
    expect((await week()).get(SATURDAY)).toMatchObject({
      isWorkingDay: false,
      overridden: false,
      note: null,
    });
    expect(t.calendar.current().isWorkingDay(SATURDAY)).toBe(false);
    const again = await remove(SATURDAY);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('OVERRIDE_NOT_FOUND');
  });

  it('a Wednesday made a holiday moves a deadline counted in working days', async () => {
    const tuesdayTenAm = new Date('2026-11-24T10:00:00+08:00');
    const before = t.calendar.current().addWorkingDays(tuesdayTenAm, 1);
    expect(before.toISOString()).toBe(new Date('2026-11-25T17:30:00+08:00').toISOString());
    expect((await put(WEDNESDAY, { kind: 'holiday', note: '台风停工' })).statusCode).toBe(200);
    const after = t.calendar.current().addWorkingDays(tuesdayTenAm, 1);
    expect(after.toISOString()).toBe(new Date('2026-11-26T17:30:00+08:00').toISOString());
    expect((await week()).get(WEDNESDAY)).toMatchObject({ isWorkingDay: false, overridden: true });
    await remove(WEDNESDAY);
    expect(t.calendar.current().addWorkingDays(tuesdayTenAm, 1)).toEqual(before);
  });

  it('only admins set or remove overrides', async () => {
    for (const user of ['dispatcher', 'leader', 'resident']) {
      const cookie = await t.login(user);
      expect((await put(SATURDAY, { kind: 'workday' }, cookie)).statusCode, user).toBe(403);
      expect((await remove(SATURDAY, cookie)).statusCode, user).toBe(403);
    }
    expect((await put(SATURDAY, { kind: 'workday' }, '')).statusCode).toBe(401);
    expect((await week()).get(SATURDAY)?.overridden).toBe(false);
  });

  it.each([
    ['an unknown kind', SATURDAY, { kind: 'half_day' }],
    ['an extra field', SATURDAY, { kind: 'holiday', hours: 4 }],
    ['an over-long note', SATURDAY, { kind: 'holiday', note: 'x'.repeat(201) }],
    ['a day that does not exist', '2026-02-30', { kind: 'holiday' }],
    ['a year nobody plans for', '0226-11-28', { kind: 'holiday' }],
  ])('refuses %s with 400', async (_, day, payload) => {
    const res = await put(day, payload);
    expect(res.statusCode).toBe(400);
  });

  it.each([
    ['more than 366 days', 'from=2026-01-01&to=2027-01-02'],
    ['to before from', 'from=2026-11-28&to=2026-11-23'],
    ['a missing end', 'from=2026-11-28'],
    ['a malformed day', 'from=2026-11-28&to=28.11.2026'],
    ['a far-off year', 'from=9999-12-31&to=9999-12-31'],
  ])('refuses a range with %s with 400', async (_, query) => {
    const res = await t.get(`/api/calendar?${query}`, c.resident);
    expect(res.statusCode).toBe(400);
  });

  it('answers a whole leap year, and names years whose holidays are not yet published', async () => {
    const res = await t.get('/api/calendar?from=2028-01-01&to=2028-12-31', c.resident);
    expect(res.statusCode).toBe(200);
    expect(res.json().days).toHaveLength(366);
    const far = await t.get('/api/calendar?from=2099-01-01&to=2099-01-07', c.resident);
    expect(far.json().unpublishedYears).toEqual([2099]);
  });
});
