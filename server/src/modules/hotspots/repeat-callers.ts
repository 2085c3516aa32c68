import { DEFAULT_ALPHA, thresholdOf } from './recurrences.js';
import { surprise } from './surprise.js';

/**
 * Repeated callers: one caller (a 12345 ticket's caller key, a keyed hash of the number) calling about the
 * same category again and again in the window, which says the problem is not solved.
 *
 * - Every caller counted called once; what is scored is the calls beyond the first.
 * - **Expected**: the extra calls a caller of the category makes across the city, the caller left out
 *   (so their own calls do not raise their bar), with one extra call and one caller added so a category
 *   with no other callers is held to one extra call, never to none.
 * - **Flagged** when the Poisson tail P(X ≥ calls − 1 | expected extra) stays below alpha shared over
 *   every caller and category counted (Bonferroni: each is a test, whatever it called), and the caller
 *   made at least MIN_CALLS calls.
 */

export const MIN_CALLS = 3;

/** One caller's calls about one category in the window. */
export interface CallerCount {
  callerKey: string;
  category: string;
  calls: number;
}

/** A category's callers and their calls across the city in the window. */
export interface CategoryCalls {
  callers: number;
  calls: number;
}

export interface RepeatCaller extends CallerCount {
  /** The calls a caller of the category would make: the first, and the extra ones the rest of the city makes. */
  expected: number;
  surprise: number;
  threshold: number;
}

/** The extra calls (beyond the first) a caller of the category makes, by the rest of the city's callers. */
export function expectedExtraCalls(caller: CallerCount, category: CategoryCalls | undefined): number {
  const others = Math.max(0, (category?.callers ?? 0) - 1);
  const othersExtra = Math.max(0, (category?.calls ?? 0) - (category?.callers ?? 0) - (caller.calls - 1));
  return (othersExtra + 1) / (others + 1);
}

/** The callers flagged, most surprising first. `tests`: every caller and category counted in the window. */
export function scoreRepeatCallers(
  callers: readonly CallerCount[],
  categories: ReadonlyMap<string, CategoryCalls>,
  tests: number,
  alpha = DEFAULT_ALPHA,
): RepeatCaller[] {
  const threshold = thresholdOf(tests, alpha);
  const flagged: RepeatCaller[] = [];
  for (const c of callers) {
    if (c.calls < MIN_CALLS) continue;
    const extra = expectedExtraCalls(c, categories.get(c.category));
    const s = surprise(c.calls - 1, extra);
    if (s >= threshold) flagged.push({ ...c, expected: 1 + extra, surprise: s, threshold });
  }
  return flagged.sort(
    (a, b) => b.surprise - a.surprise || (a.callerKey < b.callerKey ? -1 : a.callerKey > b.callerKey ? 1 : 0),
  );
}
