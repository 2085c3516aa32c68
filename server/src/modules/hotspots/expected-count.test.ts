import { describe, expect, it } from 'vitest';
import {
  cityChange,
  expectedCount,
  PRIOR_DAYS,
  placeRate,
  weekdayWeights,
  windowWeight,
} from './expected-count.js';

describe('what a place should see, worked by hand', () => {
  it('an even week weighs each weekday 1, and a week sums to seven', () => {
    const w = weekdayWeights([10, 10, 10, 10, 10, 10, 10]);
    expect(w.every((x) => Math.abs(x - 1) < 1e-12)).toBe(true);
    expect(windowWeight(weekdayWeights([0, 30, 20, 20, 20, 20, 5]), [0, 1, 2, 3, 4, 5, 6])).toBeCloseTo(
      7,
      12,
    );
  });
  it('Mondays twice as busy: a Monday weighs (2·8+1)·7/(8·6+16+7)', () => {
    // Sunday..Saturday: 8 each but Monday 16; total 64.
    const w = weekdayWeights([8, 16, 8, 8, 8, 8, 8]);
    expect(w[1]).toBeCloseTo((17 * 7) / 71, 12);
    expect(w[0]).toBeCloseTo((9 * 7) / 71, 12);
    expect(windowWeight(w, [1])).toBeCloseTo((17 * 7) / 71, 12);
  });
  it("a place's rate adds a week of the mean place to its own history", () => {
    expect(PRIOR_DAYS).toBe(7);
    // 14 cases in 28 days, mean place 0.2 a day: (14 + 7·0.2) / (28 + 7) = 0.44.
    expect(placeRate({ baselineCount: 14, baselineDays: 28, meanPlaceRate: 0.2 })).toBeCloseTo(0.44, 12);
    // No history: the mean place's rate, shrunk by the empty days: 7·0.2 / 35 = 0.04.
    expect(placeRate({ baselineCount: 0, baselineDays: 28, meanPlaceRate: 0.2 })).toBeCloseTo(0.04, 12);
  });
  it("the city's change leaves the place out: November's heating rises everywhere", () => {
    // The city saw 300 against 100 expected; the place 20 of them against 2.
    expect(cityChange({ cityWindow: 300, cityExpected: 100, placeWindow: 20, placeExpected: 2 })).toBeCloseTo(
      281 / 99,
      12,
    );
    expect(cityChange({ cityWindow: 0, cityExpected: 0, placeWindow: 0, placeExpected: 0 })).toBe(1);
  });
  it('expected is rate × window weight × city change', () => {
    expect(expectedCount({ rate: 0.44, windowWeight: 7, cityChange: 1.5 })).toBeCloseTo(4.62, 12);
  });
});
