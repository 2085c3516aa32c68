import { describe, expect, it } from 'vitest';
import { whistleFigures } from './whistle-figures.js';

// DOMAIN.md KPIs: "Whistle: whistles issued, departments reported on time, problems solved (seed 002: 9 communities,
//   90+ whistles, 120+ problems solved)."
describe('whistle figures', () => {
  it.each([
    ['reports the counts and the on-time share of report-ins: 27 of 30 = 0.9', [12, 30, 27, 15], 0.9],
    ['has no on-time rate when no department reported in', [2, 0, 0, 0], null],
  ] as const)('%s', (_, [whistlesIssued, reportIns, reportInsOnTime, problemsSolved], onTimeReportInRate) => {
    const counts = { whistlesIssued, reportIns, reportInsOnTime, problemsSolved };
    expect(whistleFigures(counts)).toEqual({ ...counts, onTimeReportInRate });
  });

  it('allows more problems solved than whistles, as in seed 002 (90 whistles, 120 problems)', () => {
    const figures = whistleFigures({
      whistlesIssued: 90,
      reportIns: 180,
      reportInsOnTime: 171,
      problemsSolved: 120,
    });
    expect(figures.problemsSolved).toBe(120);
    expect(figures.onTimeReportInRate).toBe(0.95);
  });

  it('throws on corrupt counters', () => {
    expect(() =>
      whistleFigures({ whistlesIssued: 1, reportIns: 3, reportInsOnTime: 4, problemsSolved: 0 }),
    ).toThrow(/吹哨报到.*reportInsOnTime \(4\) exceeds reportIns \(3\)/);
    expect(() =>
      whistleFigures({ whistlesIssued: -1, reportIns: 0, reportInsOnTime: 0, problemsSolved: 0 }),
    ).toThrow(/whistlesIssued/);
    expect(() =>
      whistleFigures({ whistlesIssued: 1, reportIns: 0, reportInsOnTime: 0, problemsSolved: 0.5 }),
    ).toThrow(/problemsSolved/);
  });
});
