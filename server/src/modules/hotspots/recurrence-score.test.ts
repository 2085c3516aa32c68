import { describe, expect, it } from 'vitest';
import { findRecurrentPlaces, type PlaceClosures } from './recurrence-score.js';
import { poissonUpperTail } from './surprise.js';

const place = (cell: string, closures: number, returns: number, category = 'road'): PlaceClosures => ({
  cell,
  category,
  closures,
  returns,
});

describe('places where fixes do not hold, worked by hand', () => {
  // The city: 98 closures of 'road', 8 of which came back, so the rate is (8 + 1) / (98 + 2) = 0.09.
  const totals = new Map([['road', { closures: 98, returns: 8 }]]);

  it('a place whose four closures all came back stands out: expected 0.36, tail far below the bar', () => {
    const places = [place('a', 4, 4), place('b', 2, 0), place('c', 3, 1), place('d', 2, 1)];
    const { recurrences, tests } = findRecurrentPlaces(places, totals);
    expect(tests).toBe(4);
    expect(recurrences.map((r) => r.cell)).toEqual(['a']);
    // 4 closures × 0.09 = 0.36 expected; the bar is −log10(0.05 / 4) = 1.90.
    expect(recurrences[0]?.expected).toBeCloseTo(0.36, 10);
    expect(recurrences[0]?.surprise).toBeCloseTo(-Math.log10(poissonUpperTail(4, 0.36)), 10);
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

  it('the bar rises with the places tested: 2 of 3 clears it among 3 places, not among 3,000', () => {
    // Expected 3 × 0.09 = 0.27; the tail P(X ≥ 2 | 0.27) = 0.0305, −log10 = 1.52.
    const one = [place('a', 3, 2), place('b', 2, 0), place('c', 2, 0)];
    expect(-Math.log10(poissonUpperTail(2, 0.27))).toBeCloseTo(1.5157, 3);
    expect(findRecurrentPlaces(one, totals, 0.1).recurrences.map((r) => r.cell)).toEqual(['a']);
    const many = [...one, ...Array.from({ length: 2997 }, (_, i) => place(`q${i}`, 2, 0))];
    expect(findRecurrentPlaces(many, totals, 0.1).recurrences).toEqual([]);
  });

  it('a category with no history is held to one return in two closures, not to none', () => {
    const { recurrences } = findRecurrentPlaces([place('a', 2, 2, 'new')], new Map());
    expect(recurrences).toEqual([]);
  });
});
