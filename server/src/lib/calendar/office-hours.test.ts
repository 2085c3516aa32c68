import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS, type OfficeHours, officeSessions } from './office-hours.js';

describe('office hours', () => {
  it('default to 08:30–17:30 with lunch 12:00–13:00', () => {
    expect(officeSessions(DEFAULT_OFFICE_HOURS)).toEqual([
      { start: 8 * 60 + 30, end: 12 * 60 },
      { start: 13 * 60, end: 17 * 60 + 30 },
    ]);
  });

  it('take several breaks in any order, and breaks at opening or closing', () => {
    const hours = {
      start: '09:00',
      end: '18:00',
      breaks: [
        { start: '17:00', end: '18:00' },
        { start: '09:00', end: '09:15' },
        { start: '12:00', end: '13:30' },
      ],
    };
    expect(officeSessions(hours)).toEqual([
      { start: 9 * 60 + 15, end: 12 * 60 },
      { start: 13 * 60 + 30, end: 17 * 60 },
    ]);
  });

  it.each<[string, OfficeHours, RegExp]>([
    ['closing before opening', { start: '17:30', end: '08:30' }, /end 08:30 must be after start 17:30/],
    ['closing at opening', { start: '08:30', end: '08:30' }, /must be after start/],
    [
      'a clock without leading zero',
      { start: '8:30', end: '17:30' },
      /start must be a HH:MM time, got "8:30"/,
    ],
    ['24:00', { start: '08:30', end: '24:00' }, /end must be a HH:MM time/],
    [
      'a break outside the day',
      { start: '08:30', end: '17:30', breaks: [{ start: '17:00', end: '18:00' }] },
      /break 17:00–18:00 must lie within 08:30–17:30/,
    ],
    [
      'a backwards break',
      { start: '08:30', end: '17:30', breaks: [{ start: '13:00', end: '12:00' }] },
      /ends before it starts/,
    ],
    [
      'overlapping breaks',
      {
        start: '08:30',
        end: '17:30',
        breaks: [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '14:00' },
        ],
      },
      /breaks 12:00–13:00 and 12:30–14:00 overlap/,
    ],
    [
      'a break as long as the day',
      { start: '08:30', end: '17:30', breaks: [{ start: '08:30', end: '17:30' }] },
      /leave no working time/,
    ],
  ])('refuse %s', (_, hours, message) => {
    expect(() => officeSessions(hours)).toThrow(message);
  });
});
