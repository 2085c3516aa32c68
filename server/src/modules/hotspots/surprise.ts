/**
 * How surprising a count is against what a place's own history leads one to expect: the Poisson upper
 * tail P(X ≥ observed | expected), and its surprise −log10 of that. A place whose count would happen by
 * chance once in a million windows scores 6. Plain arithmetic, so the scores can be checked by hand.
 */

/** ln(k!) for whole k ≥ 0: exact sums while small, Stirling's series beyond (error below 1e-12). */
export function logFactorial(k: number): number {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`logFactorial needs a whole number ≥ 0, got ${k}`);
  if (k < 32) {
    let sum = 0;
    for (let i = 2; i <= k; i++) sum += Math.log(i);
    return sum;
  }
  const n = k + 1;
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** ln P(X = k) for X ~ Poisson(λ). */
function logPoissonTerm(k: number, lambda: number): number {
  return -lambda + k * Math.log(lambda) - logFactorial(k);
}

/**
 * P(X ≥ observed) for X ~ Poisson(expected). Above the mean it sums the tail itself (the terms fall
 * fast), so a tiny probability keeps its digits; at or below the mean it is one less the head.
 */
export function poissonUpperTail(observed: number, expected: number): number {
  if (!Number.isInteger(observed) || observed < 0)
    throw new RangeError(`observed must be a whole count, got ${observed}`);
  if (!(expected >= 0) || !Number.isFinite(expected))
    throw new RangeError(`expected must be ≥ 0, got ${expected}`);
  if (observed === 0) return 1;
  if (expected === 0) return 0;
  if (observed > expected) {
    let term = Math.exp(logPoissonTerm(observed, expected));
    let sum = 0;
    for (let k = observed; term > sum * 1e-16 && k < observed + 100_000; k++) {
      sum += term;
      term *= expected / (k + 1);
    }
    return Math.min(1, sum);
  }
  let head = 0;
  for (let k = 0; k < observed; k++) head += Math.exp(logPoissonTerm(k, expected));
  return Math.max(0, 1 - head);
}

/** −log10 P(X ≥ observed | expected): 0 for nothing unusual, 6 for one in a million. */
export function surprise(observed: number, expected: number): number {
  const p = poissonUpperTail(observed, expected);
  if (p >= 1) return 0;
  if (p > 0) return -Math.log10(p);
  // Below the doubles' range: the tail's first term, in logs, is within a factor of it.
  return -logPoissonTerm(observed, expected) / Math.LN10;
}
