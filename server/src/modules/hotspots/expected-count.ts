/**
 * What a place (an H3 cell with its ring) should see of one category in a window, from its own history:
 *
 *   expected = rate × weekdays × city
 *
 * - rate: the place's cases in the baseline, shrunk toward the category's mean area by empirical Bayes.
 *   Areas differ: stalls crowd round a market and are rare elsewhere. That spread is read from the
 *   category's counts across the city's areas (a gamma prior fitted by its moments), and a place's own
 *   baseline updates it. Four weeks say little of a quiet place, so its rate stays uncertain, and its
 *   window is scored against a negative binomial (surprise.ts), not a Poisson of a rate taken as known:
 *   three reports where the baseline had none are then no longer a one-in-a-billion event;
 * - weekdays: the window's days weighted by the category's weekday rhythm across the city (each weekday's
 *   share of the baseline, times seven), so a Monday's backlog is not news;
 * - city: the category's change across the rest of the city between the baseline and the window. When
 *   every place's heating complaints rise in November, each place is expected to rise with them: only a
 *   place rising beyond its city is news. The place itself is left out of that change, so its own
 *   cluster does not raise its bar.
 */

/**
 * A rate in cases a baseline, as a gamma distribution: its mean and its shape (how sure it is; Infinity
 * for a rate taken as known). Both the category's prior over its areas and a place's posterior.
 */
export interface GammaRate {
  mean: number;
  shape: number;
}

/**
 * A category's rates across the city's areas (the prior), fitted by moments over `areas` areas (those
 * with any case of any category; the category's absent ones count as zeros) from the category's
 * baseline total and its sum of squares per area. Its shape is Infinity when the areas differ no more
 * than chance makes them, so every area has the mean's rate. The counts' variance is the rates' spread plus Poisson's own (the mean), so the spread is the rest. One
 * case is added to the mean (add-one smoothing): a category new to the city is held to one case's rate,
 * never to nothing, which would make any report infinitely surprising.
 */
export function fitAreaPrior(o: { areas: number; total: number; sumOfSquares: number }): GammaRate {
  const areas = Math.max(1, o.areas);
  const mean = (o.total + 1) / areas;
  const spread = o.sumOfSquares / areas - (o.total / areas) ** 2 - mean;
  return { mean, shape: spread > 0 ? (mean * mean) / spread : Number.POSITIVE_INFINITY };
}

/**
 * A place of `cells` areas with `baselineCount` cases in its baseline: its rate as the posterior of the
 * prior (`cells` areas' gammas summed: shape × cells, the same rate), in cases per baseline, and how
 * sure it is (the shape of the window's negative binomial). Answers the posterior mean rate and shape.
 */
export function placeRate(prior: GammaRate, cells: number, baselineCount: number): GammaRate {
  if (!Number.isFinite(prior.shape)) return { mean: cells * prior.mean, shape: prior.shape };
  const shape = cells * prior.shape + baselineCount;
  // The prior's rate parameter is shape / mean; one baseline's exposure is added to it.
  return { mean: shape / (prior.shape / prior.mean + 1), shape };
}

/** The category's weekday rhythm: each weekday's weight (mean 1) from the baseline's counts per weekday. */
export function weekdayWeights(countsByWeekday: readonly number[]): number[] {
  if (countsByWeekday.length !== 7) throw new RangeError('seven weekday counts, Sunday first');
  const total = countsByWeekday.reduce((a, b) => a + b, 0);
  // Each weekday gets one case more, so a weekday with none is not expected to stay at none.
  return countsByWeekday.map((n) => (7 * (n + 1)) / (total + 7));
}

/** The window's weight: the sum over its days of their weekday's weight (seven days sum to seven). */
export function windowWeight(weights: readonly number[], windowWeekdays: readonly number[]): number {
  return windowWeekdays.reduce((sum, d) => sum + (weights[d] ?? 1), 0);
}

/**
 * The category's change across the rest of the city: its window's count against what its baseline
 * (weekday-weighted) expected, each less the place's own share, with one case added to each side so an
 * empty city gives 1.
 */
export function cityChange(o: {
  cityWindow: number;
  cityExpected: number;
  placeWindow: number;
  placeExpected: number;
}): number {
  const rest = Math.max(0, o.cityWindow - o.placeWindow);
  const restExpected = Math.max(0, o.cityExpected - o.placeExpected);
  return (rest + 1) / (restExpected + 1);
}
