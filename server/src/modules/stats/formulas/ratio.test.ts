import { describe, expect, it } from 'vitest';
import { assertCount, assertWeights, ratio } from './ratio.js';

// DOMAIN.md KPIs: "Composite commonly 10 % / 50 % / 40 % (some cities 30 / 35 / 35): weights configurable."
// Shared guards behind every rate in that section.
describe('ratio', () => {
  const n = (value: number) => ({ field: 'n', value });
  const d = (value: number) => ({ field: 'd', value });

  it('divides, and gives null for a zero denominator', () => {
    expect(ratio('f', n(3), d(4))).toBe(0.75);
    expect(ratio('f', n(0), d(4))).toBe(0);
    expect(ratio('f', n(0), d(0))).toBeNull();
  });

  it('throws when the numerator exceeds the denominator, naming the formula and the fields', () => {
    expect(() => ratio('结案率', n(5), d(4))).toThrow('结案率: n (5) exceeds d (4)');
  });

  it('accepts only non-negative whole counters', () => {
    expect(() => assertCount('f', 'x', 0)).not.toThrow();
    for (const bad of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assertCount('f', 'x', bad)).toThrow(/f: x must be a non-negative whole number/);
    }
  });
});

describe('weights', () => {
  it('accept 10/50/40 and 30/35/35 (0.9999999999999999 in floating point)', () => {
    expect(() => assertWeights('f', { a: 0.1, b: 0.5, c: 0.4 })).not.toThrow();
    expect(() => assertWeights('f', { a: 0.3, b: 0.35, c: 0.35 })).not.toThrow();
    expect(() => assertWeights('f', { a: 1, b: 0, c: 0 })).not.toThrow();
  });

  it('reject sums off by more than 1e-9, negatives and non-finite weights', () => {
    expect(() => assertWeights('f', { a: 0.5, b: 0.5 + 2e-9 })).toThrow(/sum to 1/);
    expect(() => assertWeights('f', { a: 1.5, b: -0.5 })).toThrow(/weight b/);
    expect(() => assertWeights('f', { a: Number.NaN, b: 1 })).toThrow(/weight a/);
  });
});
