/**
 * How surprising a count is against what a place's own history leads one to expect: the upper tail
 * P(X ≥ observed), and its surprise −log10 of that. A place whose count would happen by chance once in a
 * million windows scores 6. X is Poisson when the place's rate is known, and negative binomial (a Poisson
 * whose rate is itself uncertain, gamma-distributed with the given shape) when it is estimated from a
 * short history (expected-count.ts). Plain arithmetic, so the scores can be checked by hand.
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
  checkCount(observed, expected);
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

/** Past this shape the rate is as good as known: the negative binomial is the Poisson to 1e-7. */
const KNOWN_RATE_SHAPE = 1e8;

/**
 * ln P(X = k) for X negative binomial with mean m and shape r: Γ(k+r)/(Γ(r) k!) p^r q^k, p = r/(r+m),
 * q = m/(r+m). Γ(k+r)/Γ(r) is the product r(r+1)…(r+k−1), summed in logs: exact, and k is a count.
 */
function logNegativeBinomialTerm(k: number, mean: number, shape: number): number {
  let rising = 0;
  for (let i = 0; i < k; i++) rising += Math.log(shape + i);
  const q = mean / (shape + mean);
  return rising - logFactorial(k) + shape * Math.log1p(-q) + k * Math.log(q);
}

function checkCount(observed: number, expected: number): void {
  if (!Number.isInteger(observed) || observed < 0)
    throw new RangeError(`observed must be a whole count, got ${observed}`);
  if (!(expected >= 0) || !Number.isFinite(expected))
    throw new RangeError(`expected must be ≥ 0, got ${expected}`);
}

/**
 * P(X ≥ observed) for X negative binomial with the given mean and shape (Infinity: Poisson). Summed like
 * the Poisson tail: the tail itself above the mean, one less the head at or below it.
 */
export function negativeBinomialUpperTail(observed: number, expected: number, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`shape must be > 0, got ${shape}`);
  if (shape > KNOWN_RATE_SHAPE) return poissonUpperTail(observed, expected);
  checkCount(observed, expected);
  if (observed === 0) return 1;
  if (expected === 0) return 0;
  const q = expected / (shape + expected);
  if (observed > expected) {
    let term = Math.exp(logNegativeBinomialTerm(observed, expected, shape));
    let sum = 0;
    for (let k = observed; term > sum * 1e-16 && k < observed + 1_000_000; k++) {
      sum += term;
      term *= ((k + shape) / (k + 1)) * q;
    }
    return Math.min(1, sum);
  }
  let head = 0;
  let term = Math.exp(shape * Math.log1p(-q));
  for (let k = 0; k < observed; k++) {
    head += term;
    term *= ((k + shape) / (k + 1)) * q;
  }
  return Math.max(0, 1 - head);
}

/**
 * −log10 P(X ≥ observed): 0 for nothing unusual, 6 for one in a million. X is Poisson with mean
 * `expected`, or negative binomial of that mean and `shape` when the rate is uncertain.
 */
export function surprise(observed: number, expected: number, shape = Number.POSITIVE_INFINITY): number {
  const poisson = shape > KNOWN_RATE_SHAPE;
  const p = poisson
    ? poissonUpperTail(observed, expected)
    : negativeBinomialUpperTail(observed, expected, shape);
  if (p >= 1) return 0;
  if (p > 0) return -Math.log10(p);
  // Below the doubles' range: the tail's first term, in logs, is within a factor of it.
  const first = poisson
    ? logPoissonTerm(observed, expected)
    : logNegativeBinomialTerm(observed, expected, shape);
  return -first / Math.LN10;
}
