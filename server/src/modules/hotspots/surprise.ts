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

/**
 * A law of counts as the tail sums need it: ln P(X = k), and the ratio P(X = k+1) / P(X = k), so a sum
 * walks from one term to the next without computing each again.
 */
interface CountLaw {
  logTerm(k: number): number;
  ratio(k: number): number;
}

/** Poisson(λ): ln P = −λ + k ln λ − ln k!, ratio λ / (k+1). */
const poisson = (lambda: number): CountLaw => ({
  logTerm: (k) => -lambda + k * Math.log(lambda) - logFactorial(k),
  ratio: (k) => lambda / (k + 1),
});

/**
 * Negative binomial of mean m and shape r: P = Γ(k+r)/(Γ(r) k!) p^r q^k, p = r/(r+m), q = m/(r+m);
 * ratio (k+r)/(k+1) q. Γ(k+r)/Γ(r) is the product r(r+1)…(r+k−1), summed in logs: exact, k is a count.
 */
function negativeBinomial(mean: number, shape: number): CountLaw {
  const q = mean / (shape + mean);
  return {
    logTerm: (k) => {
      let rising = 0;
      for (let i = 0; i < k; i++) rising += Math.log(shape + i);
      return rising - logFactorial(k) + shape * Math.log1p(-q) + k * Math.log(q);
    },
    ratio: (k) => ((k + shape) / (k + 1)) * q,
  };
}

/**
 * Binomial(n, p): ln P = ln C(n, k) + k ln p + (n − k) ln(1 − p); ratio (n − k)/(k + 1) · p/(1 − p), which
 * is 0 at k = n, so a tail sum stops there. ln C(n, k) from the factorials: n is a count of closures.
 */
const binomial = (n: number, p: number): CountLaw => ({
  logTerm: (k) =>
    k > n
      ? Number.NEGATIVE_INFINITY
      : logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p),
  ratio: (k) => (k >= n ? 0 : ((n - k) / (k + 1)) * (p / (1 - p))),
});

/** Past this shape the rate is as good as known: the negative binomial is the Poisson to 1e-7. */
const KNOWN_RATE_SHAPE = 1e8;

function lawOf(expected: number, shape: number): CountLaw {
  if (!(shape > 0)) throw new RangeError(`shape must be > 0, got ${shape}`);
  return shape > KNOWN_RATE_SHAPE ? poisson(expected) : negativeBinomial(expected, shape);
}

/**
 * P(X ≥ observed). Above the mean it sums the tail itself (the terms fall fast), so a tiny probability
 * keeps its digits; at or below the mean it is one less the head.
 */
function upperTail(observed: number, expected: number, law: CountLaw): number {
  if (!Number.isInteger(observed) || observed < 0)
    throw new RangeError(`observed must be a whole count, got ${observed}`);
  if (!(expected >= 0) || !Number.isFinite(expected))
    throw new RangeError(`expected must be ≥ 0, got ${expected}`);
  if (observed === 0) return 1;
  if (expected === 0) return 0;
  if (observed > expected) {
    let term = Math.exp(law.logTerm(observed));
    let sum = 0;
    for (let k = observed; term > sum * 1e-16 && k < observed + 1_000_000; k++) {
      sum += term;
      term *= law.ratio(k);
    }
    return Math.min(1, sum);
  }
  let head = 0;
  let term = Math.exp(law.logTerm(0));
  for (let k = 0; k < observed; k++) {
    head += term;
    term *= law.ratio(k);
  }
  return Math.max(0, 1 - head);
}

/** P(X ≥ observed) for X ~ Poisson(expected). */
export const poissonUpperTail = (observed: number, expected: number): number =>
  upperTail(observed, expected, poisson(expected));

/** P(X ≥ observed) for X negative binomial with the given mean and shape (past 1e8: the Poisson). */
export const negativeBinomialUpperTail = (observed: number, expected: number, shape: number): number =>
  upperTail(observed, expected, lawOf(expected, shape));

/**
 * −log10 P(X ≥ observed) for X ~ Binomial(trials, p): of `trials` chances each taken with probability
 * p, how surprising it is that `observed` or more were taken. A share cannot pass its trials, so a
 * count beyond them is refused.
 */
export function binomialSurprise(observed: number, trials: number, p: number): number {
  if (!Number.isInteger(trials) || trials < 0)
    throw new RangeError(`trials must be a whole count, got ${trials}`);
  if (!(p >= 0 && p < 1)) throw new RangeError(`p must be in [0, 1), got ${p}`);
  if (observed > trials) throw new RangeError(`observed ${observed} is more than the ${trials} trials`);
  return surpriseUnder(binomial(trials, p), observed, trials * p);
}

/**
 * −log10 P(X ≥ observed): 0 for nothing unusual, 6 for one in a million. X is Poisson with mean
 * `expected`, or negative binomial of that mean and `shape` when the rate is uncertain.
 */
export function surprise(observed: number, expected: number, shape = Number.POSITIVE_INFINITY): number {
  return surpriseUnder(lawOf(expected, shape), observed, expected);
}

/** −log10 P(X ≥ observed) under a law of the given mean. */
function surpriseUnder(law: CountLaw, observed: number, mean: number): number {
  const p = upperTail(observed, mean, law);
  if (p >= 1) return 0;
  if (p > 0) return -Math.log10(p);
  // Below the doubles' range: the tail's first term, in logs, is within a factor of it.
  return -law.logTerm(observed) / Math.LN10;
}
