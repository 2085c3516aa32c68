import { describe, expect, it } from 'vitest';
import { addDays, assertInstant, chinaDayOf, chinaMidnight, weekdayOf } from './china-time.js';

describe('China time', () => {
  it('puts an instant on its China day, which starts at 16:00 UTC the evening before', () => {
    expect(chinaDayOf(new Date(Date.UTC(2026, 1, 13, 15, 59, 59, 999)))).toBe('2026-02-13');
    expect(chinaDayOf(new Date(Date.UTC(2026, 1, 13, 16, 0)))).toBe('2026-02-14');
    expect(chinaMidnight('2026-02-14')).toBe(Date.UTC(2026, 1, 13, 16, 0));
  });

  it('steps over month and year ends and knows the weekday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(weekdayOf('2026-10-01')).toBe(4);
  });

  it.each(['2026-02-30', '2026-2-3', '20260214', '', '2026-13-01'])('refuses the day %j', (day) => {
    expect(() => chinaMidnight(day)).toThrow(/Not a calendar day/);
  });

  it('refuses invalid and out-of-range dates', () => {
    expect(() => assertInstant(new Date('soon'), 'Start')).toThrow(/Start must be a valid Date/);
    expect(() => assertInstant(new Date(8.64e15), 'Start')).toThrow(/outside the years/);
  });
});
