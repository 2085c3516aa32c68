import { describe, expect, it } from 'vitest';
import { addMonths, chinaMonthOf, expiringPoints, expiryCut, monthStart } from './expiry-rules.js';

describe('the months points expire by', () => {
  it('are China-time months, whatever the UTC date', () => {
    // 00:30 on 1 March in Beijing is still 28 February in UTC.
    expect(chinaMonthOf(new Date('2031-02-28T16:30:00Z'))).toBe('2031-03');
    expect(chinaMonthOf(new Date('2031-02-28T15:30:00Z'))).toBe('2031-02');
    expect(monthStart('2031-03')).toEqual(new Date('2031-02-28T16:00:00Z'));
  });

  it('count across years', () => {
    expect(addMonths('2031-01', -1)).toBe('2030-12');
    expect(addMonths('2031-11', 3)).toBe('2032-02');
    expect(addMonths('2031-05', -12)).toBe('2030-05');
  });

  it('cut at the start of the month `months` back: what was earned before had its time by the month just ended', () => {
    // Twelve months: points earned in March 2030 expire at the end of March 2031, and go in April's sweep.
    expect(expiryCut(new Date('2031-04-02T00:00:00Z'), 12)).toEqual({
      before: monthStart('2030-04'),
      ended: '2031-03',
    });
    expect(expiryCut(new Date('2031-04-02T00:00:00Z'), 1)).toEqual({
      before: monthStart('2031-03'),
      ended: '2031-03',
    });
  });
});

describe('what expires, spending oldest first', () => {
  it('is the old earnings that spending has not used up', () => {
    // 100 earned before the cut, 50 after, 30 spent: 70 of the old are left and expire.
    expect(expiringPoints({ earnedBefore: 100, earned: 150, balance: 120 })).toBe(70);
  });

  it('is nothing once spending used the old earnings, or the expiry itself did', () => {
    expect(expiringPoints({ earnedBefore: 100, earned: 150, balance: 40 })).toBe(0);
    // After the 70 above expired, the balance is 50: the same figures give nothing more.
    expect(expiringPoints({ earnedBefore: 100, earned: 150, balance: 50 })).toBe(0);
  });

  it('never takes more than the balance, nor anything from a balance below zero', () => {
    expect(expiringPoints({ earnedBefore: 100, earned: 100, balance: 100 })).toBe(100);
    expect(expiringPoints({ earnedBefore: 100, earned: 100, balance: -20 })).toBe(0);
    expect(expiringPoints({ earnedBefore: 0, earned: 50, balance: 50 })).toBe(0);
  });
});
