import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random.js';
import type { TimeLimitUnit } from './time-limit.js';
import { WorkingCalendar } from './working-calendar.js';

// March 2026 has no holidays: Mon 9 … Fri 13, Sat 14, Sun 15, Mon 16.
const at = (chinaTime: string) => new Date(`${chinaTime}+08:00`);
const HOUR = 3_600_000;
const calendar = new WorkingCalendar();

describe('working days', () => {
  it('do not count the filing day, whatever the hour, and end at closing time', () => {
    expect(calendar.addWorkingDays(at('2026-03-09T08:00'), 1)).toEqual(at('2026-03-10T17:30'));
    expect(calendar.addWorkingDays(at('2026-03-09T23:59'), 1)).toEqual(at('2026-03-10T17:30'));
    expect(calendar.addWorkingDays(at('2026-03-13T10:00'), 1)).toEqual(at('2026-03-16T17:30'));
    expect(calendar.addWorkingDays(at('2026-03-14T10:00'), 1)).toEqual(at('2026-03-16T17:30'));
    expect(calendar.addWorkingDays(at('2026-03-09T10:00'), 7)).toEqual(at('2026-03-18T17:30'));
  });

  it('refuse part days, zero and nonsense', () => {
    expect(() => calendar.addWorkingDays(at('2026-03-09T10:00'), 1.5)).toThrow(/whole number ≥ 1/);
    expect(() => calendar.addWorkingDays(at('2026-03-09T10:00'), 0)).toThrow(/whole number ≥ 1/);
    expect(() => calendar.addWorkingDays(at('2026-03-09T10:00'), -1)).toThrow(/finite number ≥ 0/);
    expect(() => calendar.addWorkingDays(at('2026-03-09T10:00'), 1e9)).toThrow(/beyond 100 years/);
  });
});

describe('working hours', () => {
  it.each([
    ['across lunch', '2026-03-09T11:30', 1, '2026-03-09T13:30'],
    ['from inside lunch', '2026-03-09T12:15', 0.5, '2026-03-09T13:30'],
    ['used up exactly at lunch', '2026-03-09T08:30', 3.5, '2026-03-09T12:00'],
    ['across the night', '2026-03-09T17:00', 1, '2026-03-10T09:00'],
    ['from the night', '2026-03-10T20:00', 0.5, '2026-03-11T09:00'],
    ['from before opening', '2026-03-10T06:00', 0.25, '2026-03-10T08:45'],
    ['across the weekend', '2026-03-13T17:00', 1, '2026-03-16T09:00'],
    ['from the weekend', '2026-03-14T10:00', 8, '2026-03-16T17:30'],
    ['over a whole week', '2026-03-09T08:30', 40, '2026-03-13T17:30'],
    ['zero, started at night, waits for opening', '2026-03-09T20:00', 0, '2026-03-10T08:30'],
  ])('count %s', (_, from, hours, due) => {
    expect(calendar.addWorkingHours(at(from), hours)).toEqual(at(due));
    expect(calendar.deadline(at(from), { amount: hours, unit: 'working_hours' })).toEqual(at(due));
  });

  it('elapse only in office time', () => {
    expect(calendar.workingMillisBetween(at('2026-03-13T16:00'), at('2026-03-16T10:00'))).toBe(3 * HOUR);
    expect(calendar.workingMillisBetween(at('2026-03-09T12:10'), at('2026-03-09T12:50'))).toBe(0);
    expect(calendar.workingMillisBetween(at('2026-03-09T00:00'), at('2026-03-16T00:00'))).toBe(40 * HOUR);
    expect(calendar.workingMillisBetween(at('2026-03-10T10:00'), at('2026-03-09T10:00'))).toBe(0);
  });

  it('elapse exactly the hours that were added', () => {
    for (const from of ['2026-03-09T09:17', '2026-03-09T12:30', '2026-03-13T17:29', '2026-03-14T03:00']) {
      for (const hours of [0.5, 1, 3.5, 9, 17.25]) {
        const due = calendar.addWorkingHours(at(from), hours);
        const startsInOffice = calendar.addWorkingHours(at(from), 0);
        expect(calendar.workingMillisBetween(startsInOffice, due), `${from} + ${hours} h`).toBe(hours * HOUR);
      }
    }
  });

  it('follow configured office hours with several breaks', () => {
    const office = new WorkingCalendar({
      officeHours: {
        start: '09:00',
        end: '18:00',
        breaks: [
          { start: '12:00', end: '13:30' },
          { start: '15:00', end: '15:15' },
        ],
      },
    });
    expect(office.addWorkingHours(at('2026-03-09T11:00'), 4)).toEqual(at('2026-03-09T16:45'));
    expect(office.addWorkingDays(at('2026-03-09T11:00'), 1)).toEqual(at('2026-03-10T18:00'));
    expect(office.workingMillisBetween(at('2026-03-09T00:00'), at('2026-03-10T00:00'))).toBe(7.25 * HOUR);
  });
});

describe('administrator overrides', () => {
  const overridden = new WorkingCalendar({
    overrides: new Map([
      ['2026-03-14', 'workday'], // a Saturday worked
      ['2026-03-11', 'holiday'], // a Wednesday off
      ['2026-02-16', 'workday'], // beat the published Spring Festival
      ['2026-02-14', 'holiday'], // and a published make-up Saturday
    ] as const),
  });

  it('win over the weekday and over chinese-days', () => {
    expect(overridden.isWorkingDay('2026-03-14')).toBe(true);
    expect(overridden.isWorkingDay('2026-03-11')).toBe(false);
    expect(overridden.isWorkingDay('2026-02-16')).toBe(true);
    expect(overridden.isWorkingDay('2026-02-14')).toBe(false);
    expect(overridden.isWorkingDay('2026-03-12')).toBe(true);
  });

  it('move deadlines', () => {
    expect(overridden.addWorkingDays(at('2026-03-13T10:00'), 1)).toEqual(at('2026-03-14T17:30'));
    expect(overridden.addWorkingDays(at('2026-03-10T10:00'), 1)).toEqual(at('2026-03-12T17:30'));
    expect(overridden.addWorkingHours(at('2026-03-10T17:00'), 1)).toEqual(at('2026-03-12T09:00'));
    expect(overridden.addWorkingDays(at('2026-02-13T10:00'), 1)).toEqual(at('2026-02-16T17:30'));
    expect(overridden.workingMillisBetween(at('2026-03-13T17:00'), at('2026-03-16T08:30'))).toBe(8.5 * HOUR);
  });

  it('are copied, so later edits to the map change nothing', () => {
    const overrides = new Map<string, 'workday' | 'holiday'>([['2026-03-14', 'workday']]);
    const copied = new WorkingCalendar({ overrides });
    overrides.set('2026-03-14', 'holiday');
    expect(copied.isWorkingDay('2026-03-14')).toBe(true);
  });

  it('must name real days and kinds', () => {
    expect(() => new WorkingCalendar({ overrides: new Map([['2026-02-30', 'workday']]) })).toThrow(
      /Not a calendar day/,
    );
    const odd = new Map([['2026-03-14', 'weekend']]) as unknown as ReadonlyMap<string, 'workday'>;
    expect(() => new WorkingCalendar({ overrides: odd })).toThrow(/must be 'workday' or 'holiday'/);
  });
});

describe('calendar units', () => {
  it('run round the clock, through nights, weekends and holidays', () => {
    expect(calendar.deadline(at('2026-03-14T23:00'), { amount: 2, unit: 'calendar_hours' })).toEqual(
      at('2026-03-15T01:00'),
    );
    expect(calendar.deadline(at('2026-03-09T10:00'), { amount: 24, unit: 'calendar_hours' })).toEqual(
      at('2026-03-10T10:00'),
    );
    expect(calendar.deadline(at('2026-02-14T10:00'), { amount: 7, unit: 'calendar_days' })).toEqual(
      at('2026-02-21T10:00'),
    );
    expect(calendar.deadline(at('2026-03-09T10:00'), { amount: 0.5, unit: 'calendar_hours' })).toEqual(
      at('2026-03-09T10:30'),
    );
  });
});

describe('traffic light of a step', () => {
  it('measures working limits in office time', () => {
    const limit = { amount: 8, unit: 'working_hours' } as const;
    const filed = at('2026-03-13T16:00');
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T13:00'))).toBe('green'); // 5 h
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T14:23'))).toBe('green'); // 6.4 h less a minute
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T14:24'))).toBe('yellow'); // 6.4 h = 80 %
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T16:00'))).toBe('yellow'); // 8 h = 100 %
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T16:01'))).toBe('red');
  });

  it('measures calendar limits in wall time, so an emergency at night turns yellow at once', () => {
    const limit = { amount: 2, unit: 'calendar_hours' } as const;
    const filed = at('2026-03-14T23:00');
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-15T00:35'))).toBe('green');
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-15T00:36'))).toBe('yellow');
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-15T01:01'))).toBe('red');
  });

  it('counts a working-day limit from filing to its deadline', () => {
    const limit = { amount: 1, unit: 'working_days' } as const;
    // Filed Friday 16:00, due Monday 17:30: 1.5 h + 8 h of office time.
    const filed = at('2026-03-13T16:00');
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T14:00'))).toBe('green'); // 6 of 9.5 h
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-16T16:00'))).toBe('yellow'); // 8 of 9.5 h
    expect(calendar.trafficLightAt(filed, limit, at('2026-03-17T08:31'))).toBe('red');
  });
});

describe('bad input', () => {
  it('is refused with a clear message', () => {
    const from = at('2026-03-09T10:00');
    expect(() => calendar.addWorkingHours(from, -1)).toThrow(
      /Working hours must be a finite number ≥ 0, got -1/,
    );
    expect(() => calendar.addWorkingHours(from, Number.NaN)).toThrow(/got NaN/);
    expect(() => calendar.addWorkingHours(from, Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
    expect(() => calendar.addWorkingHours(new Date(Number.NaN), 1)).toThrow(/Start must be a valid Date/);
    expect(() => calendar.workingMillisBetween(from, new Date('nope'))).toThrow(/To must be a valid Date/);
    expect(() => calendar.deadline(from, { amount: -2, unit: 'calendar_hours' })).toThrow(/amount/);
    expect(() => calendar.deadline(from, { amount: 1e12, unit: 'calendar_days' })).toThrow(/Deadline/);
    const fortnights = 'fortnights' as TimeLimitUnit;
    expect(() => calendar.deadline(from, { amount: 1, unit: fortnights })).toThrow(/Unknown time limit unit/);
    expect(() => calendar.isWorkingDay('14/02/2026')).toThrow(/Not a calendar day/);
  });
});

describe('whether any office time lies between two instants', () => {
  it('says so exactly when the office time between them is more than nothing', () => {
    const random = seededRandom(20261204);
    // Across the Spring Festival and National Day weeks of 2026 and a typhoon closure.
    const calendar = new WorkingCalendar({ overrides: new Map([['2026-07-15', 'holiday']]) });
    const start = Date.parse('2026-01-01T00:00:00+08:00');
    const span = 365 * 86_400_000;
    let some = 0;
    for (let i = 0; i < 2_000; i++) {
      const from = new Date(start + Math.floor(random() * span));
      // Mostly short gaps, where a weekend or a holiday week decides, now and then months.
      const gap = i % 10 === 0 ? random() * 90 * 86_400_000 : random() * 10 * 86_400_000;
      const to = new Date(from.getTime() + Math.floor(gap));
      const worked = calendar.workingMillisBetween(from, to) > 0;
      if (worked) some++;
      expect(calendar.hasWorkingTimeBetween(from, to), `${from.toISOString()} → ${to.toISOString()}`).toBe(
        worked,
      );
      expect(calendar.hasWorkingTimeBetween(to, from)).toBe(false);
    }
    expect(some).toBeGreaterThan(200);
    expect(some).toBeLessThan(2_000);
  });
});
