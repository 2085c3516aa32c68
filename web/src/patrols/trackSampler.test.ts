import { describe, expect, it } from 'vitest';
import { batchDue, type Fix, keeps, metres } from './trackSampler';

const at = (i: number, north: number, accuracy = 8): Fix => ({
  lat: 43.87 + north * 0.000009,
  lng: 125.32,
  at: 1_700_000_000_000 + i * 1000,
  accuracy,
});

describe('which fixes a patrol keeps', () => {
  it('keeps the first, then one every 10 m walked', () => {
    expect(keeps(null, at(0, 0))).toBe(true);
    expect(keeps(at(0, 0), at(3, 4))).toBe(false);
    expect(keeps(at(0, 0), at(7, 11))).toBe(true);
  });
  it('keeps one every 30 s standing still, and drops fixes worse than 100 m', () => {
    expect(keeps(at(0, 0), at(29, 0))).toBe(false);
    expect(keeps(at(0, 0), at(30, 0))).toBe(true);
    expect(keeps(null, at(0, 0, 150))).toBe(false);
  });
  it('measures a metre as a metre', () => {
    expect(metres(at(0, 0), at(0, 100))).toBeCloseTo(100, 0);
  });
});

describe('when a batch goes out', () => {
  it('at ten points, or twenty seconds after the oldest', () => {
    const ten = Array.from({ length: 10 }, (_, i) => at(i, i * 11));
    expect(batchDue(ten.slice(0, 9), ten[8]?.at ?? 0)).toBe(false);
    expect(batchDue(ten, ten[9]?.at ?? 0)).toBe(true);
    expect(batchDue([at(0, 0)], at(20, 0).at)).toBe(true);
    expect(batchDue([], Date.now())).toBe(false);
  });
});
