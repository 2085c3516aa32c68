import { describe, expect, it } from 'vitest';
import { formatExpected, formatTimes, scoreFacts } from './scoreFacts';

const week = { windowStart: '2026-11-24T16:00:00.000Z', windowEnd: '2026-12-01T16:00:00.000Z' };

describe('what a proposal’s score means', () => {
  it('reads a surprise of 3 as one chance in a thousand, and counts the window’s days', () => {
    const facts = scoreFacts({ ...week, observed: 12, expected: 3.1, surprise: 3, threshold: 4.2 });
    expect(facts).toEqual({ days: 7, times: 12 / 3.1, oneIn: 1000, cleared: false });
  });

  it('rounds the odds to two significant figures', () => {
    // 10^3.387 = 2438
    expect(scoreFacts({ ...week, observed: 9, expected: 2, surprise: 3.387, threshold: 3 }).oneIn).toBe(2400);
    // 10^1.24 = 17.4
    expect(scoreFacts({ ...week, observed: 5, expected: 2, surprise: 1.24, threshold: 3 }).oneIn).toBe(17);
  });

  it('gives no figure below one in a million, and says the line was cleared', () => {
    const facts = scoreFacts({ ...week, observed: 16, expected: 0.44, surprise: 17.2, threshold: 4.5 });
    expect(facts.oneIn).toBeNull();
    expect(facts.cleared).toBe(true);
    expect(formatTimes(facts.times ?? 0)).toBe('36');
  });

  it('has no ratio when nothing was expected', () => {
    expect(scoreFacts({ ...week, observed: 3, expected: 0, surprise: 9, threshold: 4 }).times).toBeNull();
  });

  it('writes small ratios and expected counts with one decimal', () => {
    expect(formatTimes(2.04)).toBe('2.0');
    expect(formatExpected(3.0625)).toBe('3.1');
    expect(formatExpected(0.004)).toBe('0.004');
    expect(formatExpected(0)).toBe('0.0');
  });

  it('counts a recurrence’s longer window in days too', () => {
    const facts = scoreFacts({
      windowStart: '2026-09-01T16:00:00.000Z',
      windowEnd: '2026-11-30T16:00:00.000Z',
      observed: 4,
      expected: 0.5,
      surprise: 2.2,
      threshold: 2,
    });
    expect(facts.days).toBe(90);
    expect(facts.oneIn).toBe(160);
  });
});
