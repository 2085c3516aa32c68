import { describe, expect, it } from 'vitest';
import { findRecurrentPlaces, type PlaceClosures, returnShare, taroneCount } from './recurrence-score.js';

const place = (cell: string, closures: number, returns: number, category = 'road'): PlaceClosures => ({
  cell,
  category,
  closures,
  returns,
});

describe("Tarone's count of tests, worked by hand", () => {
  it('counts only the tests that could reach the bar it sets', () => {
    // K = 1: two tails ≤ 0.05, more than 1; K = 2: two ≤ 0.025, not more than 2.
    expect(taroneCount([0.001, 0.001, 0.2, 0.5], 0.05)).toBe(2);
    // Tests that could never pass do not count, however many.
    expect(taroneCount([0.001, ...Array(10_000).fill(0.3)], 0.05)).toBe(1);
    expect(taroneCount([], 0.05)).toBe(1);
  });
});

describe('places where fixes do not hold, worked by hand', () => {
  // The city: 98 closures of 'road', 8 of which came back, so the share is (8 + 1) / (98 + 2) = 0.09.
  const totals = new Map([['road', { closures: 98, returns: 8 }]]);

  it('a place whose four closures all came back stands out: 0.09^4, far below the bar', () => {
    expect(returnShare(totals.get('road'))).toBeCloseTo(0.09, 12);
    const places = [place('a', 4, 4), place('b', 2, 0), place('c', 3, 1), place('d', 2, 1)];
    const { recurrences, tests } = findRecurrentPlaces(places, totals);
    // Best tails 0.09^4, 0.09^2, 0.09^3, 0.09^2: all four are at or below 0.05 / 4 = 0.0125.
    expect(tests).toBe(4);
    expect(recurrences.map((r) => r.cell)).toEqual(['a']);
    expect(recurrences[0]?.expected).toBeCloseTo(0.36, 10);
    // P(X ≥ 4 | 4, 0.09) = 0.09^4 = 6.561e-5; the bar is −log10(0.05 / 4) = 1.90.
    expect(recurrences[0]?.surprise).toBeCloseTo(-Math.log10(0.09 ** 4), 10);
    expect(recurrences[0]?.threshold).toBeCloseTo(-Math.log10(0.05 / 4), 10);
  });

  it('one closure that came back is not a pattern, however rare returns are', () => {
    const rare = new Map([['road', { closures: 10_000, returns: 0 }]]);
    expect(findRecurrentPlaces([place('a', 1, 1), place('b', 2, 1)], rare).recurrences).toEqual([]);
  });

  it('a place only as bad as its category is left: where half of all closures come back, 2 of 4 is usual', () => {
    const leaky = new Map([['road', { closures: 98, returns: 49 }]]);
    expect(findRecurrentPlaces([place('a', 4, 2)], leaky).recurrences).toEqual([]);
  });

  it('places that could never pass do not raise the bar: a thousand leaky pairs leave 3 of 3 standing', () => {
    // 'leaky': half come back, so two closures' best tail is 0.25; 'road' with three: 0.09^3 = 7.29e-4.
    const mixed = new Map([...totals, ['leaky', { closures: 98, returns: 49 }]]);
    const places = [
      place('a', 3, 3),
      place('b', 3, 0),
      place('c', 3, 0),
      ...Array.from({ length: 1000 }, (_, i) => place(`l${i}`, 2, 1, 'leaky')),
    ];
    const { recurrences, tests } = findRecurrentPlaces(places, mixed);
    // Bonferroni would share 0.05 over 1,003 (a bar of 4.30, above a's 3.14); Tarone over the three.
    expect(tests).toBe(3);
    expect(recurrences.map((r) => r.cell)).toEqual(['a']);
    expect(recurrences[0]?.surprise).toBeCloseTo(-Math.log10(7.29e-4), 10);
    expect(recurrences[0]?.threshold).toBeCloseTo(-Math.log10(0.05 / 3), 10);
  });

  it('the bar rises with the places that could pass: 2 of 3 clears it among 3 places, not among 3,000', () => {
    // P(X ≥ 2 | 3, 0.09) = 3 × 0.09² × 0.91 + 0.09³ = 0.022842, −log10 = 1.641.
    const one = [place('a', 3, 2), place('b', 2, 0), place('c', 2, 0)];
    const few = findRecurrentPlaces(one, totals, 0.1);
    // Best tails 7.29e-4, 0.0081, 0.0081: all three at or below 0.1 / 3, so the bar is 1.477.
    expect(few.tests).toBe(3);
    expect(few.recurrences.map((r) => r.cell)).toEqual(['a']);
    expect(few.recurrences[0]?.surprise).toBeCloseTo(-Math.log10(0.022842), 4);
    // With 2,997 more pairs (best tail 0.0081 each), K = 13: 0.1 / 13 = 0.0077 < 0.0081, so only a counts.
    const many = [...one, ...Array.from({ length: 2997 }, (_, i) => place(`q${i}`, 2, 0))];
    const crowded = findRecurrentPlaces(many, totals, 0.1);
    expect(crowded.tests).toBe(13);
    expect(crowded.recurrences).toEqual([]);
  });

  it('a category with no history is held to one return in two closures, not to none', () => {
    const { recurrences } = findRecurrentPlaces([place('a', 2, 2, 'new')], new Map());
    expect(returnShare(undefined)).toBe(0.5);
    expect(recurrences).toEqual([]);
  });
});
