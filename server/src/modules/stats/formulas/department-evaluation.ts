import { assertWeights } from './ratio.js';

/** The street's view of one department's response to one whistle (双向考核). */
export interface DepartmentResponse {
  reportedInOnTime: boolean;
  solved: boolean;
  /** Cooperation as judged by the street, 1 (poor) to 5 (excellent). */
  cooperation: 1 | 2 | 3 | 4 | 5;
}

/** Weights of the three criteria; settings data because each district writes its own rules. */
export interface DepartmentWeights {
  onTime: number;
  solved: number;
  cooperation: number;
}

export const DEFAULT_DEPARTMENT_WEIGHTS: Readonly<DepartmentWeights> = Object.freeze({
  onTime: 0.4,
  solved: 0.4,
  cooperation: 0.2,
});

/** Points per criterion after weighting; total is out of 100. */
export interface DepartmentScore {
  onTime: number;
  solved: number;
  cooperation: number;
  total: number;
}

const FORMULA = '双向考核 (scoreDepartmentResponse)';

/**
 * Scores one response out of 100: on time and solved earn their full weight or nothing; cooperation
 * maps 1–5 linearly onto 0–100 % of its weight, so the worst mark earns nothing.
 */
export function scoreDepartmentResponse(
  response: DepartmentResponse,
  weights: DepartmentWeights = DEFAULT_DEPARTMENT_WEIGHTS,
): DepartmentScore {
  assertWeights(FORMULA, {
    onTime: weights.onTime,
    solved: weights.solved,
    cooperation: weights.cooperation,
  });
  // The type forbids other marks, but responses arrive as JSON from the street's evaluation form.
  const mark: number = response.cooperation;
  if (!Number.isInteger(mark) || mark < 1 || mark > 5) {
    throw new Error(`${FORMULA}: cooperation must be a whole mark 1–5, got ${mark}`);
  }
  const onTime = response.reportedInOnTime ? 100 * weights.onTime : 0;
  const solved = response.solved ? 100 * weights.solved : 0;
  const cooperation = ((mark - 1) / 4) * 100 * weights.cooperation;
  return { onTime, solved, cooperation, total: onTime + solved + cooperation };
}

export interface EvaluationAverage {
  mean: number;
  count: number;
}

/** Mean total over a department's evaluated responses; null when none were evaluated (no data, not 0). */
export function averageEvaluation(
  scores: readonly Pick<DepartmentScore, 'total'>[],
): EvaluationAverage | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const { total } of scores) {
    if (!Number.isFinite(total) || total < 0 || total > 100) {
      throw new Error(`双向考核 (averageEvaluation): a score total must be in [0, 100], got ${total}`);
    }
    sum += total;
  }
  return { mean: sum / scores.length, count: scores.length };
}
