import { describe, expect, it, vi } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { DEFAULT_SETTINGS, loadSettings } from './settings.service.js';
import { settings } from './settings.tables.js';

const { t, c } = useTestApp(['admin', 'dispatcher']);

const read = async (cookie = c.dispatcher) => (await t.get('/api/settings', cookie)).json();
const put = (key: string, payload: unknown, cookie = c.admin) =>
  t.put(`/api/settings/${key}`, cookie, payload as object);

describe('settings', () => {
  it('staff read the defaults; residents may not', async () => {
    expect(await read()).toEqual({
      officeHours: { start: '08:30', end: '17:30', breaks: [{ start: '12:00', end: '13:00' }] },
      duplicateRadiusMeters: 50,
      duplicateWindowDays: 7,
      reopenWindowDays: 7,
      whistleReportHours: 24,
      open311RetryWindowMinutes: 10,
      stepLimits: DEFAULT_SETTINGS.stepLimits,
      hotlineUrgencyLimits: DEFAULT_SETTINGS.hotlineUrgencyLimits,
      hotlineSignLimit: DEFAULT_SETTINGS.hotlineSignLimit,
      hotlineContactLimit: DEFAULT_SETTINGS.hotlineContactLimit,
      hotlineRateWeights: DEFAULT_SETTINGS.hotlineRateWeights,
      pointsRules: { reportFiled: 10, dailyCap: 50, whistleBonus: 20 },
      participationPoints: { volunteerHour: 10, deliberation: 5, wishFulfilled: 20 },
      pointsExpiryMonths: 0,
      pointsPickupDays: 7,
      baseMap: { kind: 'none' },
      geocoder: { urlTemplate: '', timeoutMs: 1500 },
    });
    expect(DEFAULT_SETTINGS.stepLimits.handled).toEqual({ amount: 4, unit: 'working_hours' });
    expect(DEFAULT_SETTINGS.stepLimits.in_progress).toBeUndefined();
    const res = await t.get('/api/settings', await t.login('resident'));
    expect(res.statusCode).toBe(403);
  });

  it('an admin changes the duplicate radius, with before and after in the audit', async () => {
    const res = await put('duplicateRadiusMeters', { value: 100 });
    expect(res.statusCode).toBe(200);
    expect(res.json().duplicateRadiusMeters).toBe(100);
    expect((await read()).duplicateRadiusMeters).toBe(100);
    const audit = await t.get('/api/audit?entity=setting&entityId=duplicateRadiusMeters', c.admin);
    expect(audit.json().items[0]).toMatchObject({ action: 'setting.update', before: 50, after: 100 });
  });

  it.each([
    ['a negative radius', 'duplicateRadiusMeters', { value: -5 }],
    ['a radius as text', 'duplicateRadiusMeters', { value: '50' }],
    ['a fractional window', 'duplicateWindowDays', { value: 1.5 }],
    ['a zero reopen window', 'reopenWindowDays', { value: 0 }],
    ['no value', 'reopenWindowDays', {}],
    ['an unknown key', 'mayorName', { value: 'x' }],
    ['closing before opening', 'officeHours', { value: { start: '17:00', end: '09:00' } }],
    [
      'a break outside the day',
      'officeHours',
      { value: { start: '09:00', end: '17:00', breaks: [{ start: '18:00', end: '19:00' }] } },
    ],
    ['a bad clock', 'officeHours', { value: { start: '9am', end: '17:00' } }],
    ['an unknown step', 'stepLimits', { value: { lunch: { amount: 1, unit: 'working_hours' } } }],
    ['a step with no time', 'stepLimits', { value: { handled: { amount: 0, unit: 'working_hours' } } }],
    ['a step in weeks', 'stepLimits', { value: { handled: { amount: 1, unit: 'weeks' } } }],
  ])('refuses %s with 400 and keeps the old value', async (_, key, payload) => {
    const before = await read();
    const res = await put(key, payload);
    expect(res.statusCode).toBe(400);
    expect(await read()).toEqual(before);
  });

  it('only admins change settings', async () => {
    expect((await put('reopenWindowDays', { value: 3 }, c.dispatcher)).statusCode).toBe(403);
    expect((await read()).reopenWindowDays).toBe(7);
  });

  it('step limits overlay the defaults step by step', async () => {
    const res = await put('stepLimits', { value: { handled: { amount: 8, unit: 'working_hours' } } });
    expect(res.statusCode).toBe(200);
    const { stepLimits } = await read();
    expect(stepLimits.handled).toEqual({ amount: 8, unit: 'working_hours' });
    expect(stepLimits.dispatched).toEqual({ amount: 2, unit: 'working_hours' });
  });

  it('new office hours move working-hour deadlines at once', async () => {
    const mondayOpening = new Date('2026-11-23T08:30:00+08:00');
    const before = t.calendar.current().addWorkingHours(mondayOpening, 1);
    expect(before).toEqual(new Date('2026-11-23T09:30:00+08:00'));
    const res = await put('officeHours', { value: { start: '09:00', end: '17:00', breaks: [] } });
    expect(res.statusCode).toBe(200);
    expect(t.calendar.current().addWorkingHours(mondayOpening, 1)).toEqual(
      new Date('2026-11-23T10:00:00+08:00'),
    );
  });

  it('falls back to the default when a stored value was broken by hand', async () => {
    await t.database.db
      .insert(settings)
      .values({ key: 'duplicateWindowDays', value: 'a week' })
      .onConflictDoUpdate({ target: settings.key, set: { value: 'a week' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadSettings(t.database.db)).duplicateWindowDays).toBe(7);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('duplicateWindowDays'));
    warn.mockRestore();
  });
});
