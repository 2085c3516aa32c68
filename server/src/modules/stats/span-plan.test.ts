import { describe, expect, it } from 'vitest';
import { planSpans } from './span-plan.js';

describe('planSpans: the month and day rows that cover a period', () => {
  it('reads a whole year of past months from twelve month rows', () => {
    expect(planSpans('2026-01-01', '2026-12-31', '2027-01-01')).toEqual({
      months: { from: '2026-01-01', to: '2026-12-01' },
      days: [],
    });
  });

  it('reads the month still running from its month row corrected from today on, and the days before the whole months', () => {
    expect(planSpans('2026-01-15', '2026-12-31', '2026-12-04')).toEqual({
      months: { from: '2026-02-01', to: '2026-11-01' },
      days: [{ from: '2026-01-15', to: '2026-01-31' }],
      running: { month: '2026-12-01', from: '2026-12-04', to: '2026-12-31' },
    });
    // A month's ranking on its first day: every day of it is still to come.
    expect(planSpans('2026-12-01', '2026-12-31', '2026-12-01')).toEqual({
      days: [],
      running: { month: '2026-12-01', from: '2026-12-01', to: '2026-12-31' },
    });
    // Months after the running one are read day by day.
    expect(planSpans('2026-11-01', '2027-01-10', '2026-11-20')).toEqual({
      days: [{ from: '2026-12-01', to: '2027-01-10' }],
      running: { month: '2026-11-01', from: '2026-11-20', to: '2026-11-30' },
    });
  });

  it('reads the running month day by day when the period holds only part of it', () => {
    expect(planSpans('2026-12-01', '2026-12-10', '2026-12-04')).toEqual({
      days: [{ from: '2026-12-01', to: '2026-12-10' }],
    });
    expect(planSpans('2026-11-15', '2026-12-31', '2026-12-04')).toEqual({
      days: [{ from: '2026-11-15', to: '2026-11-30' }],
      running: { month: '2026-12-01', from: '2026-12-04', to: '2026-12-31' },
    });
  });

  it('counts a month as past only once its last day is before today', () => {
    expect(planSpans('2026-11-01', '2026-11-30', '2026-11-30').months).toBeUndefined();
    expect(planSpans('2026-11-01', '2026-11-30', '2026-12-01').months).toEqual({
      from: '2026-11-01',
      to: '2026-11-01',
    });
  });

  it('uses whole months whatever today is when no day is given, across a year end and a leap February', () => {
    expect(planSpans('2027-12-02', '2028-03-01')).toEqual({
      months: { from: '2028-01-01', to: '2028-02-01' },
      days: [
        { from: '2027-12-02', to: '2027-12-31' },
        { from: '2028-03-01', to: '2028-03-01' },
      ],
    });
  });

  it('reads a period within one month, or an empty one, from day rows alone', () => {
    expect(planSpans('2026-03-05', '2026-03-20')).toEqual({
      days: [{ from: '2026-03-05', to: '2026-03-20' }],
    });
    expect(planSpans('2026-03-05', '2026-03-04')).toEqual({ days: [] });
  });
});
