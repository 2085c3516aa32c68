import { describe, expect, it } from 'vitest';
import { confirmer, fulfiller, moveWish } from './wish-state.js';

describe('the micro-wish state machine', () => {
  it('walks a wish from review to the wisher’s confirmation', () => {
    expect(moveWish('pending_review', 'approve')).toBe('approved');
    expect(moveWish('approved', 'claim')).toBe('claimed');
    expect(moveWish('claimed', 'fulfil')).toBe('fulfilled');
    expect(moveWish('fulfilled', 'confirm')).toBe('confirmed');
  });

  it('rejects only a wish under review, and a rejection is final', () => {
    expect(moveWish('pending_review', 'reject')).toBe('rejected');
    expect(moveWish('approved', 'reject')).toBeNull();
    for (const move of ['approve', 'claim', 'fulfil', 'confirm'] as const) {
      expect(moveWish('rejected', move)).toBeNull();
    }
  });

  it('skips no step: no claim before approval, no fulfilment before a claim, no second claim', () => {
    expect(moveWish('pending_review', 'claim')).toBeNull();
    expect(moveWish('approved', 'fulfil')).toBeNull();
    expect(moveWish('claimed', 'claim')).toBeNull();
    expect(moveWish('claimed', 'confirm')).toBeNull();
    expect(moveWish('confirmed', 'confirm')).toBeNull();
  });

  it('lets the wisher confirm, or staff when the wish was posted for someone without an account', () => {
    expect(confirmer({ wisherId: 'u1' })).toBe('wisher');
    expect(confirmer({ wisherId: null })).toBe('staff');
    expect(fulfiller({ claimerUserId: 'u2' })).toBe('volunteer');
    expect(fulfiller({ claimerUserId: null })).toBe('staff');
  });
});
