import { describe, expect, it } from 'vitest';
import { share } from './plant-hotspots.js';

describe('sharing planted cases among a place’s cells', () => {
  it('hands out every case, the remainders to the largest fractions', () => {
    // 10 among seven equal cells: 1 each (7), the 3 left to the first three of equal fractions.
    expect(share(10, [1, 1, 1, 1, 1, 1, 1])).toEqual([2, 2, 2, 1, 1, 1, 1]);
    // 5 among weights 3 and 1 and a cell with no donors: 3.75 and 1.25, so 4 and 1.
    expect(share(5, [3, 1, 0])).toEqual([4, 1, 0]);
    expect(share(0, [1, 2])).toEqual([0, 0]);
  });
});
