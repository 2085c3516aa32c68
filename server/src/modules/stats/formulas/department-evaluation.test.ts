import { describe, expect, it } from 'vitest';
import {
  averageEvaluation,
  type DepartmentResponse,
  scoreDepartmentResponse,
} from './department-evaluation.js';

// Seed 002 (双向考核): "賦予了街道與區級部門雙向考核權,推動部門真報到、重心真下沉" — the street scores each
// department's response to a whistle. DOMAIN.md KPIs: "Whistle: whistles issued, departments reported on time,
// problems solved". Criteria: on-time report-in, solved, cooperation.
describe('scoring a department’s response to a whistle', () => {
  it.each([
    ['full marks: 40 + 40 + 20 = 100 with the default 0.4 / 0.4 / 0.2', true, true, 5, [40, 40, 20, 100]],
    ['late, unsolved, worst cooperation scores 0', false, false, 1, [0, 0, 0, 0]],
  ] as const)(
    '%s',
    (_, reportedInOnTime, solved, cooperation, [onTime, forSolved, forCooperation, total]) => {
      expect(scoreDepartmentResponse({ reportedInOnTime, solved, cooperation })).toEqual({
        onTime,
        solved: forSolved,
        cooperation: forCooperation,
        total,
      });
    },
  );

  it('on time, unsolved, cooperation 4: 40 + 0 + (3/4 × 100 × 0.2 = 15) = 55', () => {
    const score = scoreDepartmentResponse({ reportedInOnTime: true, solved: false, cooperation: 4 });
    expect(score.onTime).toBe(40);
    expect(score.solved).toBe(0);
    expect(score.cooperation).toBeCloseTo(15, 12);
    expect(score.total).toBeCloseTo(55, 12);
  });

  it('takes other weights: 0.5 / 0.3 / 0.2, late, solved, cooperation 3 → 0 + 30 + 10 = 40', () => {
    const score = scoreDepartmentResponse(
      { reportedInOnTime: false, solved: true, cooperation: 3 },
      { onTime: 0.5, solved: 0.3, cooperation: 0.2 },
    );
    expect(score.onTime).toBe(0);
    expect(score.solved).toBeCloseTo(30, 12);
    expect(score.cooperation).toBeCloseTo(10, 12);
    expect(score.total).toBeCloseTo(40, 12);
  });

  it('rejects bad weights and a cooperation mark outside 1–5', () => {
    const response: DepartmentResponse = { reportedInOnTime: true, solved: true, cooperation: 3 };
    expect(() => scoreDepartmentResponse(response, { onTime: 0.5, solved: 0.5, cooperation: 0.5 })).toThrow(
      /sum to 1/,
    );
    expect(() => scoreDepartmentResponse(response, { onTime: 1.2, solved: -0.2, cooperation: 0 })).toThrow(
      /solved/,
    );
    // As it would arrive from an unchecked JSON form.
    const bad = JSON.parse('{"reportedInOnTime":true,"solved":true,"cooperation":6}') as DepartmentResponse;
    expect(() => scoreDepartmentResponse(bad)).toThrow(/cooperation must be a whole mark 1–5/);
  });
});

describe('averaging evaluations', () => {
  it('gives the mean total with the count: (100 + 55 + 0) / 3 = 51.67', () => {
    const scores = [
      scoreDepartmentResponse({ reportedInOnTime: true, solved: true, cooperation: 5 }),
      scoreDepartmentResponse({ reportedInOnTime: true, solved: false, cooperation: 4 }),
      scoreDepartmentResponse({ reportedInOnTime: false, solved: false, cooperation: 1 }),
    ];
    const average = averageEvaluation(scores);
    expect(average?.count).toBe(3);
    expect(average?.mean).toBeCloseTo(155 / 3, 10);
  });

  it('is null with nothing to average (no data is not a zero score)', () => {
    expect(averageEvaluation([])).toBeNull();
  });

  it('rejects a total outside 0–100', () => {
    expect(() => averageEvaluation([{ total: 101 }])).toThrow(/averageEvaluation/);
    expect(() => averageEvaluation([{ total: Number.NaN }])).toThrow(/averageEvaluation/);
  });
});
