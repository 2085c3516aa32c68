import { assertCount, assertWeights, ratio } from './ratio.js';

/**
 * Counters over one unit's validly called-back (有效回访) 12345 work orders in a period: each ticket once,
 * judged by its latest valid callback (one called back again after a rework is not counted twice).
 */
export interface HotlineCounts {
  validCallbacks: number;
  contacted: number;
  resolved: number;
  satisfied: number;
  basicallySatisfied: number;
}

/** Weights of the composite score; some cities use 30 / 35 / 35, so this is settings data. */
export interface HotlineWeights {
  response: number;
  resolution: number;
  satisfaction: number;
}

export const DEFAULT_HOTLINE_WEIGHTS: Readonly<HotlineWeights> = Object.freeze({
  response: 0.1,
  resolution: 0.5,
  satisfaction: 0.4,
});

/** "Basically satisfied" counts for 0.9 of "satisfied" in the common rule; configurable per city. */
export const DEFAULT_BASICALLY_SATISFIED_WEIGHT = 0.9;

const VALID = 'validCallbacks';

/** 响应率 = contacted / valid. Null when there were no valid callbacks. */
export function responseRate(counts: Pick<HotlineCounts, 'contacted' | 'validCallbacks'>): number | null {
  return ratio(
    '响应率 (responseRate)',
    { field: 'contacted', value: counts.contacted },
    { field: VALID, value: counts.validCallbacks },
  );
}

/** 解决率 = resolved / valid. Null when there were no valid callbacks. */
export function resolutionRate(counts: Pick<HotlineCounts, 'resolved' | 'validCallbacks'>): number | null {
  return ratio(
    '解决率 (resolutionRate)',
    { field: 'resolved', value: counts.resolved },
    { field: VALID, value: counts.validCallbacks },
  );
}

/**
 * 满意率 = (satisfied + w × basically satisfied) / valid, w = 0.9 by default.
 * Null when there were no valid callbacks.
 */
export function satisfactionRate(
  counts: Pick<HotlineCounts, 'satisfied' | 'basicallySatisfied' | 'validCallbacks'>,
  basicallySatisfiedWeight: number = DEFAULT_BASICALLY_SATISFIED_WEIGHT,
): number | null {
  const formula = '满意率 (satisfactionRate)';
  if (
    !Number.isFinite(basicallySatisfiedWeight) ||
    basicallySatisfiedWeight < 0 ||
    basicallySatisfiedWeight > 1
  ) {
    throw new Error(
      `${formula}: basically-satisfied weight must be in [0, 1], got ${basicallySatisfiedWeight}`,
    );
  }
  assertCount(formula, 'satisfied', counts.satisfied);
  assertCount(formula, 'basicallySatisfied', counts.basicallySatisfied);
  // A caller answers once, so the two satisfied groups are disjoint and together fit in the valid ones.
  const share = ratio(
    formula,
    { field: 'satisfied + basicallySatisfied', value: counts.satisfied + counts.basicallySatisfied },
    { field: VALID, value: counts.validCallbacks },
  );
  if (share === null) return null;
  return (counts.satisfied + basicallySatisfiedWeight * counts.basicallySatisfied) / counts.validCallbacks;
}

/** Throws unless the composite weights are finite, ≥ 0 and sum to 1; for validating city settings. */
export function assertHotlineWeights(weights: HotlineWeights): void {
  assertWeights('综合得分 (compositeScore)', {
    response: weights.response,
    resolution: weights.resolution,
    satisfaction: weights.satisfaction,
  });
}

/**
 * Composite of the three rates (commonly 10 % / 50 % / 40 %), a fraction in [0, 1].
 * Null when any rate is null: a partial composite would not be comparable with full ones.
 */
export function compositeScore(
  counts: HotlineCounts,
  weights: HotlineWeights = DEFAULT_HOTLINE_WEIGHTS,
  basicallySatisfiedWeight: number = DEFAULT_BASICALLY_SATISFIED_WEIGHT,
): number | null {
  assertHotlineWeights(weights);
  const response = responseRate(counts);
  const resolution = resolutionRate(counts);
  const satisfaction = satisfactionRate(counts, basicallySatisfiedWeight);
  if (response === null || resolution === null || satisfaction === null) return null;
  const score =
    weights.response * response + weights.resolution * resolution + weights.satisfaction * satisfaction;
  // Weights may sum to 1 ± 1e-9, which could push a perfect score a hair past 1.
  return Math.min(1, score);
}

/**
 * A fraction as a percentage rounded to `digits` decimals (0.9634 → 96.3); null stays null.
 * Throws outside [0, 1] so that a value already in percent is not multiplied by 100 twice.
 */
export function asPercent(rate: number | null, digits = 1): number | null {
  if (rate === null) return null;
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new RangeError(`asPercent: rate must be a fraction in [0, 1], got ${rate}`);
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new RangeError(`asPercent: digits must be a whole number 0–10, got ${digits}`);
  }
  const scale = 10 ** digits;
  // toPrecision(12) drops binary noise first, so 0.0105 gives 1.1 rather than 1.0 (1.0499999…).
  return Math.round(Number((rate * 100 * scale).toPrecision(12))) / scale;
}
