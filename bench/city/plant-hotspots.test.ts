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
    // A place with one closure, a bar of 4.48, a category of 9,995 closures of which 197 came back: with
    // the chain's own in, (197 + L − 1 + 1) / (9,995 + L + 2) is 0.02 for three, four and five reports.
    // Three: 4 closures, 2 back, P = 0.00234 (2.63); four: 5 and 3, 7.76e-5 (4.11); five: 6 and 4,
    // 2.32e-6 (5.63).
    expect(binomialSurprise(2, 4, 0.02)).toBeCloseTo(2.63, 2);
    expect(binomialSurprise(3, 5, 0.02)).toBeCloseTo(4.11, 2);
    expect(binomialSurprise(4, 6, 0.02)).toBeCloseTo(5.63, 2);
    expect(chainNeeded({ closures: 1, returns: 0 }, { closures: 9_995, returns: 197 }, 4.48)).toBe(5);
  });
  it("counts the chain's own in its category: in a small one the chain raises the share it is held to", () => {
    // 20 closures, none back: alone (0 + 1) / 22 = 0.045, but with five reports' 5 and 4, 5 / 27 = 0.19.
    expect(chainNeeded({ closures: 1, returns: 0 }, { closures: 20, returns: 0 }, 4.48)).toBeUndefined();
  });
  it('is not planted where fixes fail so often that eight reports would not tell', () => {
    expect(
      chainNeeded({ closures: 1, returns: 0 }, { closures: 10_000, returns: 4_470 }, 4.48),
    ).toBeUndefined();
  });
});
