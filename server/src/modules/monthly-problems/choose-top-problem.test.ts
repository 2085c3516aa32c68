import { describe, expect, it } from 'vitest';
import { rankProblems } from './choose-top-problem.js';

const row = (categoryCode: string, complaints: number, previous: [number, number, number]) => ({
  categoryCode,
  complaints,
  previous,
});

describe('the choosing of the month’s top problem', () => {
  it('lets a fast-growing problem pass a slightly bigger steady one, but not a much bigger one', () => {
    // Steady 100: baseline 100, growth 0, score 100. Rising 70 from 30: growth 40, score 110.
    // 60 against 40, 50, 60: baseline 50, growth 10, score 70.
    const ranked = rankProblems([
      row('STEADY', 100, [100, 100, 100]),
      row('RISING', 70, [30, 30, 30]),
      row('SLOW', 60, [40, 50, 60]),
    ]);
    expect(ranked.map((r) => [r.categoryCode, r.score])).toEqual([
      ['RISING', 110],
      ['STEADY', 100],
      ['SLOW', 70],
    ]);
    expect(ranked[0]).toMatchObject({ baseline: 30, growth: 40, share: 70 / 230 });
    expect(ranked[0]?.growthRate).toBeCloseTo(4 / 3);
    // 160 steady is more than 70 plus a rise of 40.
    expect(
      rankProblems([row('STEADY', 160, [160, 160, 160]), row('RISING', 70, [30, 30, 30])])[0]?.categoryCode,
    ).toBe('STEADY');
  });

  it('takes nothing away for a fall, and gives no growth rate without a baseline', () => {
    // 80 against 200 a month: growth −120, score still 80. 79 out of nothing: growth 79, score 158.
    const ranked = rankProblems([row('EASING', 80, [200, 200, 200]), row('NEW', 79, [0, 0, 0])]);
    expect(ranked.map((r) => [r.categoryCode, r.score, r.growth])).toEqual([
      ['NEW', 158, 79],
      ['EASING', 80, -120],
    ]);
    expect(ranked[0]?.growthRate).toBeNull();
    expect(ranked[1]?.growthRate).toBeCloseTo(-0.6);
  });

  it('breaks a tied score by complaints, then growth, then code', () => {
    // A: 10, baseline 10, score 10. B: 10, baseline 12, growth −2, score 10. C: 6 rising from 2: score 10.
    // D and E: the same in every figure.
    const ranked = rankProblems([
      row('E', 10, [10, 10, 10]),
      row('C', 6, [2, 2, 2]),
      row('B', 10, [12, 12, 12]),
      row('D', 10, [10, 10, 10]),
      row('A', 10, [10, 10, 10]),
    ]);
    expect(ranked.map((r) => r.categoryCode)).toEqual(['A', 'D', 'E', 'B', 'C']);
  });

  it('compares a running month with the same share of the usual month', () => {
    // Half the month gone: 30 so far against 60 a month is on course (baseline 30, growth 0); the
    // 12 so far against 8 a month is rising (baseline 4, growth 8, score 20).
    const ranked = rankProblems([row('USUAL', 30, [60, 60, 60]), row('UP', 12, [8, 8, 8])], 0.5);
    expect(ranked.map((r) => [r.categoryCode, r.baseline, r.growth, r.score])).toEqual([
      ['USUAL', 30, 0, 30],
      ['UP', 4, 8, 20],
    ]);
  });

  it('has no candidates without complaints this month', () => {
    expect(rankProblems([row('GONE', 0, [50, 50, 50])])).toEqual([]);
    expect(rankProblems([])).toEqual([]);
  });
});
