import { describe, expect, it } from 'vitest';
import {
  type CallerCount,
  type CategoryCalls,
  expectedExtraCalls,
  scoreRepeatCallers,
} from './repeat-callers.js';
import { poissonUpperTail } from './surprise.js';

const caller = (callerKey: string, calls: number, category = 'noise'): CallerCount => ({
  callerKey,
  category,
  calls,
});
const noise = (callers: number, calls: number) =>
  new Map<string, CategoryCalls>([['noise', { callers, calls }]]);

describe('callers calling again, worked by hand', () => {
  it('five calls where 99 other callers called once: the extra four against 1 / 100', () => {
    // The city: 100 callers, 104 calls. The rest: 99 callers, no extra call; one added: 1 / 100.
    const [found] = scoreRepeatCallers([caller('again', 5)], noise(100, 104), 100);
    expect(found?.expected).toBeCloseTo(1.01, 12);
    expect(found?.surprise).toBeCloseTo(-Math.log10(poissonUpperTail(4, 0.01)), 10);
    // P(X ≥ 4 | 0.01) = 4.1e-10; the bar of 100 tests is −log10(0.05 / 100) = 3.30.
    expect(found?.threshold).toBeCloseTo(3.301, 3);
    expect(found?.surprise).toBeGreaterThan(9);
  });

  it('two calls are never proposed, however rare a second call is', () => {
    // 1,000 callers of one call each and this one: expected 0.001 extra, a surprise of 3.0 > 1.3.
    expect(scoreRepeatCallers([caller('twice', 2)], noise(1001, 1002), 1)).toEqual([]);
    expect(scoreRepeatCallers([caller('thrice', 3)], noise(1001, 1003), 1)).toHaveLength(1);
  });

  it('three calls where every caller calls three times is usual', () => {
    // The rest: 49 callers, 98 extra calls; (98 + 1) / (49 + 1) = 1.98 extra expected.
    const busy = noise(50, 150);
    expect(expectedExtraCalls(caller('c', 3), busy.get('noise'))).toBeCloseTo(1.98, 12);
    expect(scoreRepeatCallers([caller('c', 3)], busy, 1)).toEqual([]);
  });

  it('a caller does not raise their own bar: their calls are left out of the city’s', () => {
    // Ten callers, fourteen calls, the four extra all this caller's: the rest have none, (0 + 1) / 10.
    expect(expectedExtraCalls(caller('again', 5), { callers: 10, calls: 14 })).toBeCloseTo(0.1, 12);
  });

  it('the bar rises with the callers tested: three calls against 0.1 extra clear it for 1, not for 100', () => {
    // P(X ≥ 2 | 0.1) = 1 − e^−0.1 × 1.1 = 0.00468, a surprise of 2.33.
    const quiet = noise(10, 12);
    expect(poissonUpperTail(2, 0.1)).toBeCloseTo(0.004679, 6);
    expect(scoreRepeatCallers([caller('c', 3)], quiet, 1)).toHaveLength(1);
    expect(scoreRepeatCallers([caller('c', 3)], quiet, 100)).toEqual([]);
  });

  it('categories are told apart, and the most surprising caller comes first', () => {
    const categories = new Map<string, CategoryCalls>([
      ['noise', { callers: 100, calls: 110 }],
      ['heating', { callers: 20, calls: 80 }],
    ]);
    const found = scoreRepeatCallers(
      [caller('a', 4), caller('b', 6), caller('h', 4, 'heating')],
      categories,
      120,
    );
    expect(found.map((c) => c.callerKey)).toEqual(['b', 'a']);
  });
});
