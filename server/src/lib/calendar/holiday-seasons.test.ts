import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './working-calendar.js';

// Against the real chinese-days data, 2026 arrangement (国办发明电〔2025〕7号):
// 春节 Feb 15 (Sun)–23 (Mon) off, Sat Feb 14 and Sat Feb 28 worked;
// 中秋 Sep 25 (Fri)–27 (Sun) off; 国庆 Oct 1 (Thu)–7 (Wed) off, Sun Sep 20 and Sat Oct 10 worked.
const at = (chinaTime: string) => new Date(`${chinaTime}+08:00`);
const calendar = new WorkingCalendar();

describe('Spring Festival 2026', () => {
  it('knows the holiday and its make-up Saturdays', () => {
    expect(calendar.knowsYear(2026)).toBe(true);
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休上班
    for (const day of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-03-01')).toBe(false); // plain Sunday
  });

  it('gives a case filed on the eve (the make-up Saturday) 3 working days ending after the holiday', () => {
    // Feb 14 itself is not counted; Feb 24, 25, 26 are the three working days.
    expect(calendar.addWorkingDays(at('2026-02-14T10:00'), 3)).toEqual(at('2026-02-26T17:30'));
    expect(calendar.deadline(at('2026-02-14T17:00'), { amount: 3, unit: 'working_days' })).toEqual(
      at('2026-02-26T17:30'),
    );
  });

  it('counts the make-up Saturday as a working day for a case filed the Friday before', () => {
    expect(calendar.addWorkingDays(at('2026-02-13T09:00'), 1)).toEqual(at('2026-02-14T17:30'));
    expect(calendar.addWorkingDays(at('2026-02-13T09:00'), 3)).toEqual(at('2026-02-25T17:30'));
  });

  it('skips the nine days off when counting working hours', () => {
    // 1.5 h on the eve, then 3.5 h + 3 h on Feb 24.
    expect(calendar.addWorkingHours(at('2026-02-14T16:00'), 8)).toEqual(at('2026-02-24T16:00'));
    expect(calendar.workingMillisBetween(at('2026-02-14T16:00'), at('2026-02-24T16:00'))).toBe(8 * 3_600_000);
    // The Saturday after the holiday is worked too.
    expect(calendar.addWorkingHours(at('2026-02-27T17:00'), 1)).toEqual(at('2026-02-28T09:00'));
  });
});

describe('National Day 2026', () => {
  it('knows the week off, the Mid-Autumn weekend and the make-up days', () => {
    for (const day of ['2026-09-25', '2026-09-27', '2026-10-01', '2026-10-04', '2026-10-07']) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday, 调休上班
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true); // Thursday, back at work
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
  });

  it('counts working days for a case filed during the week off', () => {
    // Oct 8 and 9, the make-up Saturday Oct 10, then Monday Oct 12.
    for (const [days, due] of [
      [1, '2026-10-08'],
      [2, '2026-10-09'],
      [3, '2026-10-10'],
      [4, '2026-10-12'],
    ] as const) {
      expect(calendar.addWorkingDays(at('2026-10-02T11:00'), days), `${days}`).toEqual(at(`${due}T17:30`));
    }
  });

  it('counts working hours for a case filed during the week off', () => {
    // Opens at 08:30 on Oct 8: 3.5 h before lunch, 4.5 h after, then 2 h on Oct 9.
    expect(calendar.addWorkingHours(at('2026-10-03T14:00'), 10)).toEqual(at('2026-10-09T10:30'));
    expect(calendar.workingMillisBetween(at('2026-09-30T17:00'), at('2026-10-08T09:00'))).toBe(3_600_000);
  });

  it('counts the make-up Sunday before Mid-Autumn', () => {
    expect(calendar.addWorkingDays(at('2026-09-18T18:00'), 1)).toEqual(at('2026-09-20T17:30'));
    expect(calendar.addWorkingHours(at('2026-09-19T10:00'), 1)).toEqual(at('2026-09-20T09:30'));
  });
});
