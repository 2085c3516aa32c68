import { surprise } from './surprise.js';

/**
 * Recurrences: the same problem reported again at the same place (a resolution-10 cell, a few dozen
 * metres) soon after it was fixed there, a fix that did not hold.
 *
 * - A **fix** is a closure in the period that leaves the place clear: every case of the category made
 *   there before it is closed. Several duplicates closed together are one fix; a closure while another
 *   report of it is still open is not a fix yet.
 * - A fix **came back** when the place's next report of the category was made within WATCH_DAYS of it;
 *   that report is the **return**. A report made while a case is open is one more voice about a problem
 *   not fixed yet, not a return. A fix less than WATCH_DAYS before the period's end, with nothing after
 *   it, counts for the share of the watch seen (its **watched** weight; every other fix weighs 1).
 * - **Expected**: the share of fixes that came back across the rest of the city (the place left out, so
 *   its own returns do not raise its bar; one return in two fixes added, so a category with no history is
 *   held to one in two, never to none) times the place's watched fixes. A busy place is not excused by
 *   its own rate: a problem reported every few days and closed each time is exactly a fix that does not
 *   hold.
 * - **Flagged** when the Poisson tail P(X ≥ returns | expected) stays below alpha shared over every place
 *   tested (Bonferroni), and the place has at least MIN_RETURNS returns. The places tested are those with
 *   at least MIN_RETURNS fixes in the period, the only ones that can reach MIN_RETURNS returns: chosen by
 *   what was done there, not by what came back.
 */

export const DAY_MS = 86_400_000;
/** How long after a closure a report of the same problem at the same place says the fix did not hold. */
export const WATCH_DAYS = 30;
/** A single report after a closure is as often a new problem as an old one come back. */
export const MIN_RETURNS = 2;
export const DEFAULT_ALPHA = 0.05;

/** One report at a place, in epoch milliseconds; `closedAt` null while open. */
export interface PlaceReport {
  id: string;
  createdAt: number;
  closedAt: number | null;
}

export interface Period {
  start: number;
  end: number;
}

/** What one place's reports of one category add up to over a period. */
export interface PlaceReturns {
  fixes: number;
  /** The fixes weighted by the share of their watch seen before the period's end. */
  watched: number;
  /** The reports that came back, and the cases whose closure was the fix they followed. */
  returns: string[];
  fixedBy: string[];
}

/**
 * The fixes and returns at one place, report by report in the order the reports were made: the rule the
 * database applies (the integration test holds one to the other), and the evidence of a place flagged.
 */
export function returnsAt(reports: readonly PlaceReport[], period: Period): PlaceReturns {
  const ordered = [...reports].sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const watch = WATCH_DAYS * DAY_MS;
  const inPeriod = (at: number) => at >= period.start && at < period.end;
  let fixes = 0;
  let watched = 0;
  const returns: string[] = [];
  const fixedBy: string[] = [];
  // The latest closure of the reports made so far, Infinity while one of them is open: when it is
  // behind a new report, the place was clear since then, and that closure was a fix.
  let latest = Number.NEGATIVE_INFINITY;
  let latestId = '';
  for (const r of ordered) {
    if (inPeriod(latest) && latest < r.createdAt) {
      fixes++;
      watched++;
      if (r.createdAt <= latest + watch) {
        returns.push(r.id);
        fixedBy.push(latestId);
      }
    }
    const closed = r.closedAt ?? Number.POSITIVE_INFINITY;
    if (closed > latest) {
      latest = closed;
      latestId = r.id;
    }
  }
  // The place's last fix, with nothing reported since: watched until the period's end.
  if (inPeriod(latest)) {
    fixes++;
    watched += Math.min(watch, period.end - latest) / watch;
  }
  return { fixes, watched, returns, fixedBy };
}

/** A category's fixes, watched fixes and returns across the city. */
export interface CategoryReturns {
  fixes: number;
  watched: number;
  returns: number;
}

/** A place that came back at least MIN_RETURNS times, as the database counts it. */
export interface PlaceCount extends CategoryReturns {
  cell: string;
  category: string;
}

export interface Recurrence extends PlaceCount {
  expected: number;
  surprise: number;
  threshold: number;
}

/** The returns a place should see by chance: the rest of the city's share of fixes come back, times its own. */
export function expectedReturns(place: PlaceCount, category: CategoryReturns | undefined): number {
  const otherReturns = Math.max(0, (category?.returns ?? 0) - place.returns);
  const otherWatched = Math.max(0, (category?.watched ?? 0) - place.watched);
  return ((otherReturns + 1) / (otherWatched + 2)) * place.watched;
}

/** The surprise a finding must reach: alpha shared over `tests` tests. */
export const thresholdOf = (tests: number, alpha = DEFAULT_ALPHA): number =>
  -Math.log10(alpha / Math.max(1, tests));

/** The places flagged, most surprising first. */
export function scoreRecurrences(
  places: readonly PlaceCount[],
  categories: ReadonlyMap<string, CategoryReturns>,
  tests: number,
  alpha = DEFAULT_ALPHA,
): Recurrence[] {
  const threshold = thresholdOf(tests, alpha);
  const flagged: Recurrence[] = [];
  for (const p of places) {
    if (p.returns < MIN_RETURNS) continue;
    const expected = expectedReturns(p, categories.get(p.category));
    const s = surprise(p.returns, expected);
    if (s >= threshold) flagged.push({ ...p, expected, surprise: s, threshold });
  }
  return flagged.sort((a, b) => b.surprise - a.surprise || (a.cell < b.cell ? -1 : 1));
}
