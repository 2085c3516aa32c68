/**
 * What a place (an H3 cell with its ring) should see of one category in a window, from its own history:
 *
 *   expected = rate × weekdays × city
 *
 * - rate: the place's cases a day over the baseline days, shrunk toward the category's mean place
 *   (empirical Bayes: `PRIOR_DAYS` days of the mean place's rate are added to its own history), so a
 *   place with no history is expected to look like an average one, not to see nothing at all;
 * - weekdays: the window's days weighted by the category's weekday rhythm across the city (each weekday's
 *   share of the baseline, times seven), so a Monday's backlog is not news;
 * - city: the category's change across the rest of the city between the baseline and the window. When
 *   every place's heating complaints rise in November, each place is expected to rise with them: only a
 *   place rising beyond its city is news. The place itself is left out of that change, so its own
 *   cluster does not raise its bar.
 */

/** Days of the mean place's rate added to a place's own history. */
export const PRIOR_DAYS = 7;

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

export interface PlaceHistory {
  /** The place's cases of the category in the baseline. */
  baselineCount: number;
  baselineDays: number;
  /** The category's cases a day at the mean place in the baseline. */
  meanPlaceRate: number;
}

/** The place's cases a day, shrunk toward the mean place. */
export function placeRate(h: PlaceHistory): number {
  return (h.baselineCount + PRIOR_DAYS * h.meanPlaceRate) / (h.baselineDays + PRIOR_DAYS);
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

export function expectedCount(o: { rate: number; windowWeight: number; cityChange: number }): number {
  return o.rate * o.windowWeight * o.cityChange;
}
