import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors/app-error.js';
import { addMonths, monthWindow, trendWeeks } from './month-window.js';

describe('the month in China time', () => {
  it('begins and ends at China midnight, with the three months before it', () => {
    const w = monthWindow('2026-03', '2026-11-05');
    expect(w).toMatchObject({ from: '2026-03-01', to: '2026-03-31', running: false, elapsed: 1 });
    expect(w.start.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(w.baselineMonths).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthWindow('2024-02', '2026-11-05').to).toBe('2024-02-29');
  });

  it('measures the month under way so far, and refuses one not begun', () => {
    expect(monthWindow('2026-11', '2026-11-06')).toMatchObject({ running: true, elapsed: 6 / 30 });
    expect(() => monthWindow('2026-12', '2026-11-30')).toThrow(AppError);
  });

  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
  });
});

describe('the before/after weeks', () => {
  it('gives eight weeks up to the month’s last day and eight after it', () => {
    const weeks = trendWeeks('2026-03-31', '2026-11-05');
    expect(weeks).toHaveLength(16);
    expect(weeks[0]).toEqual({ from: '2026-02-04', to: '2026-02-10', side: 'before', partial: false });
    expect(weeks[7]).toEqual({ from: '2026-03-25', to: '2026-03-31', side: 'before', partial: false });
    expect(weeks[8]).toEqual({ from: '2026-04-01', to: '2026-04-07', side: 'after', partial: false });
    expect(weeks[15]).toEqual({ from: '2026-05-20', to: '2026-05-26', side: 'after', partial: false });
  });

  it('stops at today, the week holding it partial', () => {
    const after = trendWeeks('2026-03-31', '2026-04-10').filter((w) => w.side === 'after');
    expect(after).toEqual([
      { from: '2026-04-01', to: '2026-04-07', side: 'after', partial: false },
      { from: '2026-04-08', to: '2026-04-14', side: 'after', partial: true },
    ]);
    // A month under way: its weeks from today on are not there yet.
    const running = trendWeeks('2026-11-30', '2026-11-06');
    expect(running.map((w) => [w.from, w.partial])).toEqual([
      ['2026-10-06', false],
      ['2026-10-13', false],
      ['2026-10-20', false],
      ['2026-10-27', false],
      ['2026-11-03', true],
    ]);
  });
});
