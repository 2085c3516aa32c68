import { describe, expect, it } from 'vitest';
import { bucketsOf } from './kpi-trend.js';
import { previousPeriod, risingFirst } from './rising-categories.js';

describe('the period before', () => {
  it('is as many days long and ends the day before', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-02-28',
      to: '2026-02-28',
    });
  });
});

describe('rising first', () => {
  it('orders by new reports, then by growth, and leaves out categories with none now', () => {
    const now = new Map([
      ['E0001', 5],
      ['E0002', 3],
      ['E0003', 4],
    ]);
    const before = new Map([
      ['E0001', 3],
      ['E0003', 2],
      ['E0004', 9],
    ]);
    const ranked = risingFirst(now, before);
    expect(ranked.map((r) => [r.categoryCode, r.change, r.growth])).toEqual([
      ['E0002', 3, null],
      ['E0003', 2, 1],
      ['E0001', 2, 2 / 3],
    ]);
  });
});

describe('trend buckets', () => {
  it('names every day or month of a period, across a year’s end', () => {
    expect(bucketsOf({ from: '2025-12-30', to: '2026-01-02' }, 'day')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(bucketsOf({ from: '2025-11-15', to: '2026-02-03' }, 'month')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
