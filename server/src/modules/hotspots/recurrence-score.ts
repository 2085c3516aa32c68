import { surprise } from './surprise.js';

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
 * Places where fixes do not hold. A category's closures come back at some rate across the city (its
 * returns over its closures, with one of each added so a category with none is not held to zero); a
 * place with c closures is expected to see c times that come back. A place is a recurrence when its
 * returns reach MIN_RETURNS, twice the expectation, and a Poisson tail below `alpha` shared over every
 * place that could reach MIN_RETURNS (Bonferroni).
 */
export function findRecurrentPlaces(
  places: readonly PlaceClosures[],
  categoryTotals: ReadonlyMap<string, { closures: number; returns: number }>,
  alpha = 0.05,
  minRatio = 2,
): { recurrences: Recurrence[]; tests: number } {
  const tested = places.filter((p) => p.closures >= MIN_RETURNS);
  const threshold = -Math.log10(alpha / Math.max(1, tested.length));
  const recurrences: Recurrence[] = [];
  for (const p of tested) {
    const total = categoryTotals.get(p.category) ?? { closures: 0, returns: 0 };
    const rate = (total.returns + 1) / (total.closures + 2);
    const expected = p.closures * rate;
    if (p.returns < MIN_RETURNS || p.returns < minRatio * expected) continue;
    const s = surprise(p.returns, expected);
    if (s >= threshold) recurrences.push({ ...p, expected, surprise: s, threshold });
  }
  return { recurrences: recurrences.sort((a, b) => b.surprise - a.surprise), tests: tested.length };
}
