import { compositeScore, type HotlineWeights, onTimeClosureRate } from './formulas/index.js';
import type { CounterSums } from './kpi-sums.js';

/** One part of a ranking score: its value (0–1), its weight, and what it adds to the score (0–100). */
export interface ScorePart {
  name: 'hotline' | 'onTimeClosure' | 'evaluation';
  value: number | null;
  weight: number;
  points: number | null;
}

/**
 * How the four rankings (四类排名) score a unit, so that anyone can see why it ranks where it does:
 * streets, communities and grids on the 12345 composite (响应率·解决率·满意率) and on-time closure;
 * departments on those and on the streets' scores of their whistle responses (双向考核).
 * A part with no data is left out and the others are weighted up, so no data is never a zero.
 */
export const REGION_WEIGHTS = { hotline: 0.6, onTimeClosure: 0.4, evaluation: 0 } as const;
export const DEPARTMENT_WEIGHTS = { hotline: 0.4, onTimeClosure: 0.3, evaluation: 0.3 } as const;

/** The parts of a KPI report a score reads: a whole report (kpi-report.ts) or `scoreInputs`. */
export interface ScoreInputs {
  hotline: { composite: number | null };
  caseLoop: { onTimeClosureRate: number | null };
  evaluation: { meanScore: number | null };
}

/**
 * Only what the score reads, by the same formulas as the report: a ranking scores thousands of grids
 * and builds the whole report only for the page it shows.
 */
export function scoreInputs(s: CounterSums, hotlineWeights: HotlineWeights): ScoreInputs {
  const hotline = {
    validCallbacks: s.hotlineValidCallbacks,
    contacted: s.hotlineContacted,
    resolved: s.hotlineResolved,
    satisfied: s.hotlineSatisfied,
    basicallySatisfied: s.hotlineBasicallySatisfied,
  };
  return {
    hotline: { composite: compositeScore(hotline, hotlineWeights) },
    caseLoop: { onTimeClosureRate: onTimeClosureRate(s) },
    evaluation: { meanScore: s.evaluations > 0 ? s.evaluationScoreSum / s.evaluations : null },
  };
}

const partValue = (r: ScoreInputs, name: ScorePart['name']): number | null =>
  name === 'hotline'
    ? r.hotline.composite
    : name === 'onTimeClosure'
      ? r.caseLoop.onTimeClosureRate
      : r.evaluation.meanScore === null
        ? null
        : r.evaluation.meanScore / 100;

/**
 * The score alone, by the very arithmetic of `rankingScore` (so ranks and the shown parts agree to the
 * last bit), without building its parts: a ranking scores every unit and shows the parts of a page.
 */
export function scoreOf(r: ScoreInputs, weights: Record<ScorePart['name'], number>): number | null {
  let total = 0;
  let present = 0;
  for (const name of Object.keys(weights) as ScorePart['name'][]) {
    if (weights[name] > 0 && partValue(r, name) !== null) {
      total += weights[name];
      present++;
    }
  }
  if (present === 0) return null;
  let score = 0;
  for (const name of Object.keys(weights) as ScorePart['name'][]) {
    const value = partValue(r, name);
    if (weights[name] > 0) score += value === null ? 0 : value * (weights[name] / total) * 100;
  }
  return score;
}

export function rankingScore(
  report: ScoreInputs,
  weights: Record<ScorePart['name'], number>,
): { score: number | null; parts: ScorePart[] } {
  const values: Record<ScorePart['name'], number | null> = {
    hotline: partValue(report, 'hotline'),
    onTimeClosure: partValue(report, 'onTimeClosure'),
    evaluation: partValue(report, 'evaluation'),
  };
  const names = (Object.keys(weights) as ScorePart['name'][]).filter((n) => weights[n] > 0);
  const present = names.filter((n) => values[n] !== null);
  const total = present.reduce((sum, n) => sum + weights[n], 0);
  const parts = names.map((name) => {
    const value = values[name];
    const weight = total > 0 && value !== null ? weights[name] / total : 0;
    return { name, value, weight, points: value === null ? null : value * weight * 100 };
  });
  const score = present.length === 0 ? null : parts.reduce((sum, p) => sum + (p.points ?? 0), 0);
  return { score, parts };
}
