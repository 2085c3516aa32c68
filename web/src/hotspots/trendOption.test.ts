import { describe, expect, it } from 'vitest';
import { trendSides } from './trendOption';

describe('the trend’s two sides', () => {
  it('puts the days from the window’s first China-time day in the window, the rest in the baseline', () => {
    // 16:00 UTC on the 24th is midnight of the 25th in the city.
    const sides = trendSides(
      [
        { day: '2026-11-23', count: 0 },
        { day: '2026-11-24', count: 1 },
        { day: '2026-11-25', count: 4 },
        { day: '2026-11-26', count: 6 },
      ],
      '2026-11-24T16:00:00.000Z',
    );
    expect(sides).toEqual({
      days: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'],
      baseline: [0, 1, '-', '-'],
      window: ['-', '-', 4, 6],
    });
  });
});
