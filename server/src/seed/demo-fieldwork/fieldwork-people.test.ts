import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { idCheckDigit, idNumber, mobile, personName } from './fieldwork-people.js';

describe('the demo registry’s made-up people', () => {
  it('computes the check digit of a known ID number (GB 11643)', () => {
    // The standard's own example.
    expect(idCheckDigit('11010519491231002')).toBe('X');
  });
  it('makes ID numbers, phones and names of the right shape', () => {
    const random = seededRandom(1);
    const id = idNumber(1942, random);
    expect(id).toMatch(/^2201041942[01]\d[0-2]\d\d{3}[0-9X]$/);
    expect(idCheckDigit(id.slice(0, 17))).toBe(id.slice(17));
    expect(mobile(random)).toMatch(/^1[3-9]\d{9}$/);
    expect([...personName(random)].length).toBeGreaterThanOrEqual(2);
  });
});
