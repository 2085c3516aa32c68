import { describe, expect, it } from 'vitest';
import { zeroed } from '../../../test/kpis.js';
import {
  accurateDispatchRate,
  type CaseLoopCounts,
  caseLoopRates,
  closureRate,
  onTimeClosureRate,
  onTimeDispatchRate,
  onTimeFilingRate,
  onTimeHandlingRate,
  publicReportRate,
  reworkRate,
} from './case-rates.js';

// DOMAIN.md KPIs: "Digital city management: 按期结案率 = closed on time / due; 结案率 = closed / due; 返工率 = reworked /
//   dispatched; 准确派遣率 = (dispatched − returned as not the unit's responsibility) / dispatched (it
//   judges the dispatcher: a unit's 退单 means the dispatch was wrong; rework judges the unit, not the
//   dispatcher); 按时立案率, 按时派遣率, 按时处置率; 监督举报率 = verified public reports / filed."
const counts: CaseLoopCounts = {
  due: 40,
  closed: 36,
  closedOnTime: 30,
  dispatched: 50,
  reworked: 4,
  returned: 3,
  dispatchedOnTime: 45,
  handled: 48,
  handledOnTime: 42,
  filed: 60,
  filedOnTime: 57,
  verifiedPublicReports: 15,
};

describe('closed-loop rates', () => {
  it.each([
    ['按期结案率 = closed on time / due: 30 / 40 = 0.75', onTimeClosureRate, 0.75],
    ['结案率 = closed / due: 36 / 40 = 0.9', closureRate, 0.9],
    ['返工率 = reworked / dispatched: 4 / 50 = 0.08', reworkRate, 0.08],
    ['准确派遣率 = (dispatched − returned) / dispatched: (50 − 3) / 50 = 0.94', accurateDispatchRate, 0.94],
    ['按时立案率 = filed on time / filed: 57 / 60 = 0.95', onTimeFilingRate, 0.95],
    ['按时派遣率 = dispatched on time / dispatched: 45 / 50 = 0.9', onTimeDispatchRate, 0.9],
    ['按时处置率 = handled on time / handled: 42 / 48 = 0.875', onTimeHandlingRate, 0.875],
    ['监督举报率 = verified public reports / filed: 15 / 60 = 0.25', publicReportRate, 0.25],
  ] as const)('%s', (_, rate, expected) => {
    expect(rate(counts)).toBe(expected);
  });

  it('准确派遣率 judges the dispatcher: a return lowers it, rework does not', () => {
    // One dispatch returned as not the unit's (退单): the dispatch was wrong.
    const returnedOnce = { dispatched: 1, returned: 1, reworked: 0 };
    expect(accurateDispatchRate(returnedOnce)).toBe(0);
    expect(reworkRate(returnedOnce)).toBe(0);
    // One dispatch reworked (返工) but never returned: the right unit, poor work; 返工率 catches it.
    const reworkedOnce = { dispatched: 1, returned: 0, reworked: 1 };
    expect(accurateDispatchRate(reworkedOnce)).toBe(1);
    expect(reworkRate(reworkedOnce)).toBe(1);
  });

  it('computes every rate at once', () => {
    expect(caseLoopRates(counts)).toEqual({
      onTimeClosureRate: 0.75,
      closureRate: 0.9,
      reworkRate: 0.08,
      accurateDispatchRate: 0.94,
      onTimeFilingRate: 0.95,
      onTimeDispatchRate: 0.9,
      onTimeHandlingRate: 0.875,
      publicReportRate: 0.25,
    });
  });

  it('a zero denominator gives null (no data), not 0 or NaN', () => {
    expect(Object.values(caseLoopRates(zeroed(counts)))).toEqual(Array(8).fill(null));
    expect(accurateDispatchRate({ dispatched: 0, returned: 0 })).toBeNull();
  });

  it('a numerator above its denominator is corrupt and throws, naming the formula', () => {
    expect(() => onTimeClosureRate({ closedOnTime: 41, due: 40 })).toThrow(
      /按期结案率 \(onTimeClosureRate\)/,
    );
    expect(() => closureRate({ closed: 1, due: 0 })).toThrow(
      /结案率 \(closureRate\): closed \(1\) exceeds due \(0\)/,
    );
    expect(() => reworkRate({ reworked: 51, dispatched: 50 })).toThrow(/返工率/);
    // Without the check this would be a negative rate, (50 − 51) / 50.
    expect(() => accurateDispatchRate({ returned: 51, dispatched: 50 })).toThrow(
      /准确派遣率 \(accurateDispatchRate\): returned \(51\) exceeds dispatched \(50\)/,
    );
    expect(() => onTimeFilingRate({ filedOnTime: 61, filed: 60 })).toThrow(/按时立案率/);
    expect(() => onTimeDispatchRate({ dispatchedOnTime: 51, dispatched: 50 })).toThrow(/按时派遣率/);
    expect(() => onTimeHandlingRate({ handledOnTime: 49, handled: 48 })).toThrow(/按时处置率/);
    expect(() => publicReportRate({ verifiedPublicReports: 61, filed: 60 })).toThrow(/监督举报率/);
  });

  it('a counter that is negative or fractional is corrupt and throws', () => {
    expect(() => closureRate({ closed: -1, due: 40 })).toThrow(/结案率.*non-negative whole/);
    expect(() => closureRate({ closed: 1.5, due: 40 })).toThrow(/non-negative whole/);
    expect(() => closureRate({ closed: 1, due: Number.NaN })).toThrow(/non-negative whole/);
  });
});
