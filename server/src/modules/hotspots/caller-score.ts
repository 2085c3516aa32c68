import { surprise } from './surprise.js';

/** At least this many calls about one thing in the window for a caller to be proposed. */
export const MIN_CALLS = 3;

/** One caller's calls about one category in the window. */
export interface CallerCalls {
  callerKey: string;
  category: string;
  calls: number;
}

export interface RepeatCaller extends CallerCalls {
  /** The calls a caller of the category makes in the window, by the city's callers: 1 + their extra calls. */
  expected: number;
  surprise: number;
  threshold: number;
}

/**
 * Callers calling again and again about the same thing, which says it is not solved. Everyone counted
 * called once; what is scored is the calls beyond the first, against the extra calls a caller of the
 * category makes across the city (their mean, with one added to callers and calls so a category with
 * none is not held to zero), by the Poisson tail. A caller is proposed with MIN_CALLS calls or more,
 * twice the expected, and a tail below `alpha` for that caller.
 *
 * The tail is not shared over every caller (no Bonferroni), unlike a place's: a place's count can be a
 * coincidence of strangers reporting independently, and among ten thousand places some will be; one
 * person's three calls about one thing are no coincidence but the finding itself (12345's 重复来电).
 * The test only keeps out the categories where calling again is how callers usually behave.
 */
export function findRepeatCallersIn(
  pairs: readonly CallerCalls[],
  alpha = 0.05,
  minRatio = 2,
): { callers: RepeatCaller[]; tests: number } {
  return scoreCallers(pairs, callerTotals(pairs), alpha, minRatio);
}

/** Each category's callers and the calls they made beyond their first. */
export type CallerTotals = ReadonlyMap<string, { callers: number; extra: number }>;

export function callerTotals(pairs: readonly CallerCalls[]): CallerTotals {
  const byCategory = new Map<string, { callers: number; extra: number }>();
  for (const p of pairs) {
    const t = byCategory.get(p.category) ?? { callers: 0, extra: 0 };
    t.callers += 1;
    t.extra += p.calls - 1;
    byCategory.set(p.category, t);
  }
  return byCategory;
}

/**
 * The scoring of findRepeatCallersIn, given each category's totals: the database sums those, and sends
 * only the callers with MIN_CALLS calls or more, not every caller of the window.
 */
export function scoreCallers(
  candidates: readonly CallerCalls[],
  totals: CallerTotals,
  alpha = 0.05,
  minRatio = 2,
): { callers: RepeatCaller[]; tests: number } {
  const threshold = -Math.log10(alpha);
  const callers: RepeatCaller[] = [];
  for (const p of candidates) {
    if (p.calls < MIN_CALLS) continue;
    const t = totals.get(p.category) ?? { callers: 0, extra: 0 };
    const extraExpected = (t.extra + 1) / (t.callers + 1);
    const expected = 1 + extraExpected;
    if (p.calls < minRatio * expected) continue;
    const s = surprise(p.calls - 1, extraExpected);
    if (s >= threshold) callers.push({ ...p, expected, surprise: s, threshold });
  }
  let tests = 0;
  for (const t of totals.values()) tests += t.callers;
  return { callers: callers.sort((a, b) => b.surprise - a.surprise), tests };
}
