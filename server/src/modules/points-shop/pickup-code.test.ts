import { describe, expect, it } from 'vitest';
import { normalCode, pickupCode } from './pickup-code.js';

describe('pickup codes', () => {
  it('are eight characters a merchant cannot misread: no 0, O, 1, I or L', () => {
    for (let i = 0; i < 200; i++) expect(pickupCode()).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  });

  it('are drawn at random, not in sequence', () => {
    const codes = new Set(Array.from({ length: 500 }, () => pickupCode()));
    expect(codes.size).toBe(500);
  });

  it('read the same typed in lower case', () => {
    expect(normalCode('k7px3m9q')).toBe('K7PX3M9Q');
  });
});
