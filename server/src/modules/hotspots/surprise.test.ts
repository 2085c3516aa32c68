import { describe, expect, it } from 'vitest';
import {
  binomialSurprise,
  logFactorial,
  negativeBinomialUpperTail,
  poissonUpperTail,
  surprise,
} from './surprise.js';

describe('the Poisson tail, against sums done by hand', () => {
  it('P(X ≥ 1 | 0.5) = 1 − e^−0.5', () => {
    expect(poissonUpperTail(1, 0.5)).toBeCloseTo(0.393469340287, 12);
  });
  it('P(X ≥ 3 | 1) = 1 − e^−1 (1 + 1 + 1/2)', () => {
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - 2.5 / Math.E, 12);
  });
  it('P(X ≥ 10 | 2): eight times the mean keeps its digits in the tail', () => {
    // Σ_{k≥10} e^−2 2^k / k!, summed by hand to k = 30.
    let sum = 0;
    let term = Math.exp(-2);
    for (let k = 0; k <= 30; k++) {
      if (k >= 10) sum += term;
      term *= 2 / (k + 1);
    }
    expect(poissonUpperTail(10, 2) / sum).toBeCloseTo(1, 12);
    expect(surprise(10, 2)).toBeCloseTo(-Math.log10(sum), 10);
  });
  it('nothing seen, or a count at the mean, is no surprise', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(surprise(0, 3)).toBe(0);
    expect(surprise(4, 4)).toBeLessThan(0.5);
  });
  it('a count where nothing was expected is certain news', () => {
    expect(poissonUpperTail(1, 0)).toBe(0);
  });
  it('a count beyond doubles still scores, and more scores higher', () => {
    const big = surprise(400, 1);
    expect(Number.isFinite(big)).toBe(true);
    expect(big).toBeGreaterThan(300);
    expect(surprise(401, 1)).toBeGreaterThan(big);
  });
  it('ln k! matches the exact sum past the switch to Stirling', () => {
    let exact = 0;
    for (let i = 2; i <= 50; i++) exact += Math.log(i);
    expect(logFactorial(50)).toBeCloseTo(exact, 10);
    expect(logFactorial(0)).toBe(0);
    expect(() => logFactorial(-1)).toThrow(RangeError);
    expect(() => poissonUpperTail(1.5, 1)).toThrow(RangeError);
  });
});

describe('the negative binomial tail (an uncertain rate), against closed forms', () => {
  it('shape 1 is the geometric: P(X ≥ k) = q^k, q = m / (1 + m)', () => {
    // Mean 0.25: q = 0.2, so P(X ≥ 3) = 0.008 and P(X ≥ 1) = 0.2.
    expect(negativeBinomialUpperTail(3, 0.25, 1)).toBeCloseTo(0.008, 14);
    expect(negativeBinomialUpperTail(1, 0.25, 1)).toBeCloseTo(0.2, 14);
    expect(surprise(3, 0.25, 1)).toBeCloseTo(-Math.log10(0.008), 12);
  });
  it('shape 2: P(X ≥ k) = q^k (1 + k p)', () => {
    // Mean 2: q = 2 / 4 = 0.5, p = 0.5. P(X ≥ 6) = 0.5^6 × 4; P(X ≥ 1) = 0.5 × 1.5 (below the mean).
    expect(negativeBinomialUpperTail(6, 2, 2)).toBeCloseTo(4 / 64, 14);
    expect(negativeBinomialUpperTail(1, 2, 2)).toBeCloseTo(0.75, 14);
  });
  it('is wider than the Poisson of the same mean, and becomes it as the rate grows sure', () => {
    expect(negativeBinomialUpperTail(5, 0.5, 0.5)).toBeGreaterThan(50 * poissonUpperTail(5, 0.5));
    expect(negativeBinomialUpperTail(5, 0.5, 1e6)).toBeCloseTo(poissonUpperTail(5, 0.5), 8);
    expect(surprise(5, 0.5, Number.POSITIVE_INFINITY)).toBe(surprise(5, 0.5));
  });
  it('scores a count far past the doubles from its first term', () => {
    const far = surprise(2000, 0.01, 0.5);
    expect(Number.isFinite(far)).toBe(true);
    expect(surprise(2001, 0.01, 0.5)).toBeGreaterThan(far);
    expect(() => negativeBinomialUpperTail(3, 1, 0)).toThrow(RangeError);
  });
});

describe('the binomial tail (a share of chances taken), against sums done by hand', () => {
  it('P(X ≥ 2 | 3, ½) = (3 + 1) / 8 and P(X ≥ 3 | 3, 0.1) = 0.001', () => {
    expect(binomialSurprise(2, 3, 0.5)).toBeCloseTo(-Math.log10(0.5), 12);
    expect(binomialSurprise(3, 3, 0.1)).toBeCloseTo(3, 12);
  });
  it('P(X ≥ 1 | 4, 0.2) = 1 − 0.8^4, from the head', () => {
    expect(binomialSurprise(1, 4, 0.2)).toBeCloseTo(-Math.log10(1 - 0.8 ** 4), 12);
  });
  it('nothing taken is no surprise; more than the chances is refused', () => {
    expect(binomialSurprise(0, 5, 0.3)).toBe(0);
    expect(() => binomialSurprise(4, 3, 0.3)).toThrow(RangeError);
    expect(() => binomialSurprise(1, 3, 1)).toThrow(RangeError);
  });
});
