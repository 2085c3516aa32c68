import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDayOf } from './china-time.js';
import { WorkingCalendar } from './working-calendar.js';

// Expected instants are written with Date.UTC (China time minus 8 h) so nothing here reads the host zone.
const HOST_ZONES = ['America/New_York', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Asia/Shanghai'];

describe.each(HOST_ZONES)('on a host in %s', (zone) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) Reflect.deleteProperty(process.env, 'TZ');
    else process.env.TZ = original;
  });

  it('really runs in that zone', () => {
    const offsets: Record<string, number> = {
      'America/New_York': 300,
      'America/Los_Angeles': 480,
      UTC: 0,
      'Pacific/Kiritimati': -840,
      'Asia/Shanghai': -480,
    };
    expect(new Date(Date.UTC(2026, 1, 14, 12)).getTimezoneOffset()).toBe(offsets[zone]);
  });

  it('computes the same China days and deadlines', () => {
    const calendar = new WorkingCalendar();
    // 08:30 China time on Sat 2026-02-14, still Friday evening in the Americas.
    const openingOnEve = new Date(Date.UTC(2026, 1, 14, 0, 30));
    expect(chinaDayOf(openingOnEve)).toBe('2026-02-14');
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.addWorkingHours(openingOnEve, 1)).toEqual(new Date(Date.UTC(2026, 1, 14, 1, 30)));
    expect(calendar.addWorkingDays(openingOnEve, 3)).toEqual(new Date(Date.UTC(2026, 1, 26, 9, 30)));
    // 23:30 China time on Fri 2026-03-13 is already Saturday in UTC+14.
    const lateFriday = new Date(Date.UTC(2026, 2, 13, 15, 30));
    expect(calendar.addWorkingDays(lateFriday, 1)).toEqual(new Date(Date.UTC(2026, 2, 16, 9, 30)));
    expect(calendar.addWorkingHours(lateFriday, 0.5)).toEqual(new Date(Date.UTC(2026, 2, 16, 1, 0)));
    expect(calendar.workingMillisBetween(lateFriday, new Date(Date.UTC(2026, 2, 16, 2, 0)))).toBe(5_400_000);
  });
});
