import { describe, expect, it } from 'vitest';
import { binomialSurprise } from '../../server/src/modules/hotspots/surprise.js';
import { chainNeeded, share } from './plant-hotspots.js';

describe('sharing planted cases among a place’s cells', () => {
  it('hands out every case, the remainders to the largest fractions', () => {
    // 10 among seven equal cells: 1 each (7), the 3 left to the first three of equal fractions.
    expect(share(10, [1, 1, 1, 1, 1, 1, 1])).toEqual([2, 2, 2, 1, 1, 1, 1]);
    // 5 among weights 3 and 1 and a cell with no donors: 3.75 and 1.25, so 4 and 1.
    expect(share(5, [3, 1, 0])).toEqual([4, 1, 0]);
    expect(share(0, [1, 2])).toEqual([0, 0]);
  });
});

describe('how long a planted chain of failed fixes must be', () => {
  it('is as long as its category needs to pass the bar, worked by hand', () => {
    // A place with one closure, fixes failing 2 % of the time, a bar of 4.48. Three reports: 4 closures,
    // 2 back, P = 0.00234 (2.63); four: 5 and 3, P = 7.76e-5 (4.11); five: 6 and 4, P = 2.32e-6 (5.63).
    expect(binomialSurprise(2, 4, 0.02)).toBeCloseTo(2.63, 2);
    expect(binomialSurprise(3, 5, 0.02)).toBeCloseTo(4.11, 2);
    expect(binomialSurprise(4, 6, 0.02)).toBeCloseTo(5.63, 2);
    expect(chainNeeded({ closures: 1, returns: 0 }, 0.02, 4.48)).toBe(5);
  });
  it('is not planted where fixes fail so often that eight reports would not tell', () => {
    expect(chainNeeded({ closures: 1, returns: 0 }, 0.447, 4.48)).toBeUndefined();
  });
});
