/**
 * Shared guards for the KPI formulas. Counters come from aggregate tables that can be corrupted
 * (double counting, a lost decrement); a rate computed from bad counters looks plausible on a
 * dashboard, so every guard throws instead of clamping, and names the formula that caught it.
 */

/** Tolerance for "weights sum to 1": 0.3 + 0.35 + 0.35 is 0.9999999999999999 in binary floating point. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/** Throws unless `value` is a counter: a finite, non-negative whole number. */
export function assertCount(formula: string, field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${formula}: ${field} must be a non-negative whole number, got ${value}`);
  }
}

/**
 * numerator / denominator as a fraction in [0, 1], or null when the denominator is zero.
 * Null means "no data": a unit with nothing to measure must neither top nor bottom a ranking,
 * which 0, 1 or NaN would make it do.
 */
export function ratio(
  formula: string,
  numerator: { field: string; value: number },
  denominator: { field: string; value: number },
): number | null {
  assertCount(formula, numerator.field, numerator.value);
  assertCount(formula, denominator.field, denominator.value);
  if (numerator.value > denominator.value) {
    throw new Error(
      `${formula}: ${numerator.field} (${numerator.value}) exceeds ${denominator.field} (${denominator.value})`,
    );
  }
  return denominator.value === 0 ? null : numerator.value / denominator.value;
}

/** Throws unless every weight is finite and ≥ 0 and together they sum to 1. */
export function assertWeights(formula: string, weights: Readonly<Record<string, number>>): void {
  let sum = 0;
  for (const [name, weight] of Object.entries(weights)) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(`${formula}: weight ${name} must be a finite number ≥ 0, got ${weight}`);
    }
    sum += weight;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new Error(`${formula}: weights must sum to 1, got ${sum}`);
  }
}
