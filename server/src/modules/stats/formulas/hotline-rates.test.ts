import { describe, expect, it } from 'vitest';
import { zeroed } from '../../../test/kpis.js';
import {
  asPercent,
  compositeScore,
  DEFAULT_HOTLINE_WEIGHTS,
  type HotlineCounts,
  resolutionRate,
  responseRate,
  satisfactionRate,
} from './hotline-rates.js';

// DOMAIN.md KPIs: "12345 three rates over valid callbacks (有效回访): 响应率 = contacted / valid; 解决率 = resolved / valid;
//   满意率 = (satisfied + 0.9 × basically satisfied) / valid. Composite commonly 10 % / 50 % / 40 %
//   (some cities 30 / 35 / 35): weights configurable."
const counts: HotlineCounts = {
  validCallbacks: 9,
  contacted: 8,
  resolved: 7,
  satisfied: 5,
  basicallySatisfied: 2,
};

describe('12345 three rates', () => {
  it('响应率 = contacted / valid: 8 / 9', () => {
    expect(responseRate(counts)).toBeCloseTo(8 / 9, 12);
    expect(asPercent(responseRate(counts))).toBe(88.9);
  });

  it('解决率 = resolved / valid: 7 / 9', () => {
    expect(resolutionRate(counts)).toBeCloseTo(7 / 9, 12);
    expect(asPercent(resolutionRate(counts))).toBe(77.8);
  });

  it('满意率 = (satisfied + 0.9 × basically satisfied) / valid: (5 + 1.8) / 9 = 0.7556', () => {
    expect(satisfactionRate(counts)).toBeCloseTo(6.8 / 9, 12);
    expect(satisfactionRate(counts)).toBeCloseTo(0.7556, 4);
    expect(asPercent(satisfactionRate(counts), 2)).toBe(75.56);
  });

  it('the 0.9 weight of "basically satisfied" is configurable', () => {
    // (5 + 0.8 × 2) / 9 = 6.6 / 9; with 1 both answers count the same: 7 / 9.
    expect(satisfactionRate(counts, 0.8)).toBeCloseTo(6.6 / 9, 12);
    expect(satisfactionRate(counts, 1)).toBeCloseTo(7 / 9, 12);
    expect(satisfactionRate(counts, 0)).toBeCloseTo(5 / 9, 12);
    expect(() => satisfactionRate(counts, 1.1)).toThrow(/满意率/);
    expect(() => satisfactionRate(counts, Number.NaN)).toThrow(/满意率/);
  });

  it('a unit with no valid callbacks has no rate (null), neither 0 nor NaN', () => {
    const none = zeroed(counts);
    expect(responseRate(none)).toBeNull();
    expect(resolutionRate(none)).toBeNull();
    expect(satisfactionRate(none)).toBeNull();
    expect(compositeScore(none)).toBeNull();
    expect(asPercent(null)).toBeNull();
  });

  it('corrupt counters throw, naming the formula', () => {
    expect(() => responseRate({ validCallbacks: 9, contacted: 10 })).toThrow(
      /响应率.*contacted \(10\) exceeds/,
    );
    expect(() => resolutionRate({ validCallbacks: 0, resolved: 1 })).toThrow(/解决率/);
    expect(() => satisfactionRate({ validCallbacks: 9, satisfied: 8, basicallySatisfied: 2 })).toThrow(
      /满意率/,
    );
    expect(() => responseRate({ validCallbacks: 9, contacted: -1 })).toThrow(/non-negative whole/);
    expect(() => responseRate({ validCallbacks: 9.5, contacted: 1 })).toThrow(/non-negative whole/);
  });
});

describe('composite score', () => {
  it('defaults to 10 % / 50 % / 40 %', () => {
    expect(DEFAULT_HOTLINE_WEIGHTS).toEqual({ response: 0.1, resolution: 0.5, satisfaction: 0.4 });
    // 0.1 × 8/9 + 0.5 × 7/9 + 0.4 × 6.8/9 = (0.8 + 3.5 + 2.72) / 9 = 7.02 / 9 = 0.78
    expect(compositeScore(counts)).toBeCloseTo(0.78, 12);
    expect(asPercent(compositeScore(counts))).toBe(78);
  });

  it('takes a city’s own weights, e.g. 30 / 35 / 35', () => {
    // 0.3 × 8/9 + 0.35 × 7/9 + 0.35 × 6.8/9 = (2.4 + 2.45 + 2.38) / 9 = 7.23 / 9 = 0.80333…
    const score = compositeScore(counts, { response: 0.3, resolution: 0.35, satisfaction: 0.35 });
    expect(score).toBeCloseTo(7.23 / 9, 12);
    expect(asPercent(score)).toBe(80.3);
  });

  it('passes the basically-satisfied weight through', () => {
    // 0.1 × 8/9 + 0.5 × 7/9 + 0.4 × 7/9 = (0.8 + 3.5 + 2.8) / 9 = 7.1 / 9
    expect(compositeScore(counts, DEFAULT_HOTLINE_WEIGHTS, 1)).toBeCloseTo(7.1 / 9, 12);
  });

  it('a perfect unit scores exactly 1', () => {
    const perfect = { validCallbacks: 4, contacted: 4, resolved: 4, satisfied: 4, basicallySatisfied: 0 };
    expect(compositeScore(perfect)).toBe(1);
    expect(compositeScore(perfect, { response: 0.3, resolution: 0.35, satisfaction: 0.35 })).toBeCloseTo(
      1,
      12,
    );
  });

  it('rejects weights that are negative, not finite or do not sum to 1 (within 1e-9)', () => {
    expect(() => compositeScore(counts, { response: 0.2, resolution: 0.5, satisfaction: 0.4 })).toThrow(
      /sum to 1/,
    );
    expect(() => compositeScore(counts, { response: -0.1, resolution: 0.7, satisfaction: 0.4 })).toThrow(
      /response/,
    );
    expect(() =>
      compositeScore(counts, { response: Number.NaN, resolution: 0.5, satisfaction: 0.5 }),
    ).toThrow(/response/);
    expect(() =>
      compositeScore(counts, { response: Number.POSITIVE_INFINITY, resolution: 0, satisfaction: 0 }),
    ).toThrow(/response/);
    expect(
      compositeScore(counts, { response: 0.1 + 1e-10, resolution: 0.5, satisfaction: 0.4 }),
    ).not.toBeNull();
    expect(() =>
      compositeScore(counts, { response: 0.1 + 1e-8, resolution: 0.5, satisfaction: 0.4 }),
    ).toThrow(/sum to 1/);
    // Weights are checked even when there is no data to weigh.
    expect(() => compositeScore(zeroed(counts), { response: 1, resolution: 1, satisfaction: 1 })).toThrow(
      /sum to 1/,
    );
  });
});

describe('asPercent', () => {
  it('rounds a fraction to a percentage with the given decimals', () => {
    expect(asPercent(0.9634)).toBe(96.3);
    expect(asPercent(0.9634, 0)).toBe(96);
    expect(asPercent(0.9634, 2)).toBe(96.34);
    expect(asPercent(0)).toBe(0);
    expect(asPercent(1)).toBe(100);
  });

  it('rounds half up despite binary noise (0.0105 × 100 is 1.0499999… in floating point)', () => {
    expect(asPercent(0.0105)).toBe(1.1);
    expect(asPercent(0.6952, 2)).toBe(69.52);
  });

  it('refuses a value that is not a fraction, such as one already in percent', () => {
    expect(() => asPercent(96.3)).toThrow(RangeError);
    expect(() => asPercent(Number.NaN)).toThrow(RangeError);
    expect(() => asPercent(0.5, -1)).toThrow(RangeError);
  });
});
