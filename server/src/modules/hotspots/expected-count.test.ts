import { describe, expect, it } from 'vitest';
import { cityChange, fitAreaPrior, placeRate, weekdayWeights, windowWeight } from './expected-count.js';

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
  it("the prior is the spread of the category's areas beyond chance, fitted by moments", () => {
    // Four areas with 0, 0, 2 and 9 baseline cases: total 11, squares 85. Mean (11 + 1) / 4 = 3; the
    // counts' variance 85/4 − (11/4)² = 13.6875, less chance's 3, leaves a spread of 10.6875: shape
    // 3² / 10.6875.
    const prior = fitAreaPrior({ areas: 4, total: 11, sumOfSquares: 85 });
    expect(prior.mean).toBe(3);
    expect(prior.shape).toBeCloseTo(9 / 10.6875, 12);
    // Areas alike (each 5): no spread beyond chance, so every area has the mean's rate.
    expect(fitAreaPrior({ areas: 4, total: 20, sumOfSquares: 100 })).toEqual({
      mean: 21 / 4,
      shape: Number.POSITIVE_INFINITY,
    });
    // No area at all is one area: never a division by zero.
    expect(fitAreaPrior({ areas: 0, total: 0, sumOfSquares: 0 }).mean).toBe(1);
  });
  it("a place's rate is the prior updated by its own baseline", () => {
    // Prior mean 2 and shape 0.5 (rate 0.25 a baseline). A place of one area with 10 cases: shape
    // 0.5 + 10, rate 0.25 + 1, mean 10.5 / 1.25 = 8.4. With none, 0.5 / 1.25 = 0.4: a quiet place is
    // expected quieter than the mean, but not sure of it (shape 0.5).
    expect(placeRate({ mean: 2, shape: 0.5 }, 1, 10)).toEqual({ mean: 8.4, shape: 10.5 });
    expect(placeRate({ mean: 2, shape: 0.5 }, 1, 0)).toEqual({ mean: 0.4, shape: 0.5 });
    // A ring of seven areas: seven priors summed, shape 3.5, with 7 cases: 10.5 / 1.25.
    expect(placeRate({ mean: 2, shape: 0.5 }, 7, 7)).toEqual({ mean: 8.4, shape: 10.5 });
    // Areas alike: the mean, whatever the place's own baseline says.
    expect(placeRate({ mean: 2, shape: Number.POSITIVE_INFINITY }, 7, 30).mean).toBe(14);
  });
  it("the city's change leaves the place out: November's heating rises everywhere", () => {
    // The city saw 300 against 100 expected; the place 20 of them against 2.
    expect(cityChange({ cityWindow: 300, cityExpected: 100, placeWindow: 20, placeExpected: 2 })).toBeCloseTo(
      281 / 99,
      12,
    );
    expect(cityChange({ cityWindow: 0, cityExpected: 0, placeWindow: 0, placeExpected: 0 })).toBe(1);
  });
});
