import { describe, expect, it } from 'vitest';
import { ISSUED_ACCOUNT, isBalanced, reversingLegs, transferLegs, userAccount } from './ledger.js';

const alice = userAccount('00000000-0000-4000-8000-000000000001');

describe('the points ledger', () => {
  it('moves points as two legs that sum to zero', () => {
    const legs = transferLegs(ISSUED_ACCOUNT, alice, 10);
    expect(legs).toEqual([
      { account: ISSUED_ACCOUNT, amount: -10 },
      { account: alice, amount: 10 },
    ]);
    expect(isBalanced(legs)).toBe(true);
  });

  it('undoes a transfer with the opposite legs, which balance too', () => {
    const legs = transferLegs(ISSUED_ACCOUNT, alice, 10);
    const undo = reversingLegs(legs);
    expect(undo).toEqual([
      { account: ISSUED_ACCOUNT, amount: 10 },
      { account: alice, amount: -10 },
    ]);
    expect(isBalanced(undo)).toBe(true);
    expect(isBalanced([...legs, ...undo])).toBe(true);
  });

  it('refuses nothing, less than nothing, fractions and moves to the same account', () => {
    expect(() => transferLegs(ISSUED_ACCOUNT, alice, 0)).toThrow(RangeError);
    expect(() => transferLegs(ISSUED_ACCOUNT, alice, -5)).toThrow(RangeError);
    expect(() => transferLegs(ISSUED_ACCOUNT, alice, 1.5)).toThrow(RangeError);
    expect(() => transferLegs(alice, alice, 5)).toThrow(RangeError);
  });

  it('tells unbalanced legs apart', () => {
    expect(isBalanced([{ account: alice, amount: 10 }])).toBe(false);
  });
});
