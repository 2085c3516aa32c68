import { binomialSurprise } from './surprise.js';

/** How long after a closure a report of the same problem at the same place says the fix did not hold. */
export const WATCH_DAYS = 30;
/** At least this many closures that did not hold: one report after a closure is as often a new problem. */
export const MIN_RETURNS = 2;

/** One place (a resolution-10 cell) and category: its closures in the period, and those that did not hold. */
export interface PlaceClosures {
  cell: string;
  category: string;
  closures: number;
  /** Closures followed by a report there within WATCH_DAYS. */
  returns: number;
}

export interface Recurrence extends PlaceClosures {
  expected: number;
  surprise: number;
  threshold: number;
}

/**
 * Tarone's count of tests for discrete tests (a refinement of Bonferroni): a test whose best possible
 * tail is above the bar could never be significant, so it need not share the 0.05. The count is the
 * smallest K for which at most K tests could reach α / K. `bestTails` are each test's smallest tail.
 */
export function taroneCount(bestTails: readonly number[], alpha: number): number {
  const sorted = [...bestTails].sort((a, b) => a - b);
  // How many could reach α / K: the tails at or below it, found by halving in the sorted list.
  const reaching = (k: number) => {
    const bar = alpha / k;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) <= bar) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let lo = 1;
  let hi = Math.max(1, sorted.length);
  // reaching(K) falls as K grows and K rises: the first K where reaching(K) ≤ K, by halving.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaching(mid) <= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A category's share of closures that came back, with one of each added so none is not held to zero. */
export const returnShare = (t: { closures: number; returns: number } | undefined) =>
  ((t?.returns ?? 0) + 1) / ((t?.closures ?? 0) + 2);

/**
 * The places tested (MIN_RETURNS closures or more) with their category's share, Tarone's count of them
 * and the bar it sets: what a place's returns must pass.
 */
export function recurrenceBar(
  places: readonly PlaceClosures[],
  categoryTotals: ReadonlyMap<string, { closures: number; returns: number }>,
  alpha = 0.05,
) {
  const tested = places
    .filter((p) => p.closures >= MIN_RETURNS)
    .map((p) => ({ place: p, share: returnShare(categoryTotals.get(p.category)) }));
  // A place's best tail: every closure came back, share^c.
  const tests = taroneCount(
    tested.map((t) => t.share ** t.place.closures),
    alpha,
  );
  return { tested, tests, threshold: -Math.log10(alpha / tests) };
}

/**
 * Places where fixes do not hold. A category's closures come back at some share across the city
 * (`returnShare`); each of a place's c closures comes back with that chance, so its returns are
 * binomial (c, share). A place is a recurrence when its returns reach MIN_RETURNS and twice the
 * expectation, and the binomial tail is below `alpha` shared over the places that could reach it
 * (Tarone's count: a place with two closures of a category where half of all fixes come back is tested,
 * but could never pass, so it does not raise everyone's bar).
 */
export function findRecurrentPlaces(
  places: readonly PlaceClosures[],
  categoryTotals: ReadonlyMap<string, { closures: number; returns: number }>,
  alpha = 0.05,
  minRatio = 2,
): { recurrences: Recurrence[]; tests: number } {
  const { tested, tests, threshold } = recurrenceBar(places, categoryTotals, alpha);
  const recurrences: Recurrence[] = [];
  for (const { place: p, share } of tested) {
    const expected = p.closures * share;
    if (p.returns < MIN_RETURNS || p.returns < minRatio * expected) continue;
    const s = binomialSurprise(p.returns, p.closures, share);
    if (s >= threshold) recurrences.push({ ...p, expected, surprise: s, threshold });
  }
  return { recurrences: recurrences.sort((a, b) => b.surprise - a.surprise), tests };
}
