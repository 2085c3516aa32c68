import { describe, expect, it } from 'vitest';
import { type CallerCalls, findRepeatCallersIn } from './caller-score.js';
import { poissonUpperTail } from './surprise.js';

const pair = (callerKey: string, calls: number, category = 'noise'): CallerCalls => ({
  callerKey,
  category,
  calls,
});
/** 99 callers who called once and one who called `n` times. */
const city = (n: number) => [...Array.from({ length: 99 }, (_, i) => pair(`c${i}`, 1)), pair('again', n)];

describe('callers calling again, worked by hand', () => {
  it('five calls where callers call once: the extra four against (4 + 1) / (100 + 1) expected', () => {
    const { callers, tests } = findRepeatCallersIn(city(5));
    expect(tests).toBe(100);
    expect(callers.map((c) => [c.callerKey, c.calls])).toEqual([['again', 5]]);
    const extra = 5 / 101;
    expect(callers[0]?.expected).toBeCloseTo(1 + extra, 10);
    expect(callers[0]?.surprise).toBeCloseTo(-Math.log10(poissonUpperTail(4, extra)), 10);
    // The bar: −log10(0.05) = 1.30 for each caller; P(X ≥ 4 | 0.0495) is about 2.4e-7.
    expect(callers[0]?.threshold).toBeCloseTo(1.301, 3);
  });

  it('three calls among ten thousand callers are still found: one caller is no multiple test', () => {
    // 9,499 callers called once, 500 twice, one three times: extra calls (500 + 2 + 1) / (10,000 + 1)
    // = 0.0503 expected. Two extra: P(X ≥ 2 | 0.0503) ≈ 0.0012, surprise 2.92: past the caller's 1.30,
    // though not past a bar shared over the 10,000 (−log10(0.05 / 10,000) = 5.30).
    const many = [
      ...Array.from({ length: 9499 }, (_, i) => pair(`c${i}`, 1)),
      ...Array.from({ length: 500 }, (_, i) => pair(`d${i}`, 2)),
      pair('again', 3),
    ];
    const found = findRepeatCallersIn(many).callers;
    expect(found.map((c) => c.callerKey)).toEqual(['again']);
    expect(found[0]?.surprise).toBeCloseTo(-Math.log10(poissonUpperTail(2, 503 / 10_001)), 10);
    expect(found[0]?.surprise).toBeLessThan(5.3);
  });

  it('two calls are not proposed, however rare a second call is', () => {
    expect(findRepeatCallersIn(city(2)).callers).toEqual([]);
  });

  it('three calls where every caller calls three times is usual', () => {
    const busy = Array.from({ length: 50 }, (_, i) => pair(`c${i}`, 3));
    expect(findRepeatCallersIn(busy).callers).toEqual([]);
  });

  it('categories are told apart: the same count is news in a quiet category only', () => {
    const pairs = [...city(4), ...Array.from({ length: 20 }, (_, i) => pair(`h${i}`, 4, 'heating'))];
    expect(findRepeatCallersIn(pairs).callers.map((c) => [c.callerKey, c.category])).toEqual([
      ['again', 'noise'],
    ]);
  });
});
