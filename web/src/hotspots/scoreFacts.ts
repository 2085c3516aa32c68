import type { HotspotProposal } from '@needle/contract';

const DAY_MS = 86_400_000;

type Scored = Pick<
  HotspotProposal,
  'observed' | 'expected' | 'surprise' | 'threshold' | 'windowStart' | 'windowEnd'
>;

/** What a proposal's score means, in figures a sentence can carry. */
export interface ScoreFacts {
  /** The window's length in whole days ("近7天"). */
  days: number;
  /** How many times what was expected; null when nothing at all was expected. */
  times: number | null;
  /**
   * The chance of so many or more by ordinary ups and downs, as "one in N" rounded to two significant
   * figures; null when it is below one in a million, where a figure only looks precise.
   */
  oneIn: number | null;
  /** Whether the score cleared the line the run held every place to. */
  cleared: boolean;
}

/** Two significant figures: 2,437 → 2,400; 17.3 → 17. */
function roughly(n: number): number {
  if (n < 10) return Math.round(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/**
 * The surprise is −log10 of the chance of the observed count or more when the expected count is right
 * (the tail of the finding's own law: negative binomial for a cluster, binomial for a recurrence,
 * Poisson for a caller): 3 means one in a thousand.
 */
export function scoreFacts(p: Scored): ScoreFacts {
  const days = Math.max(1, Math.round((Date.parse(p.windowEnd) - Date.parse(p.windowStart)) / DAY_MS));
  const times = p.expected > 0 ? p.observed / p.expected : null;
  const oneIn = p.surprise >= 6 ? null : Math.max(1, roughly(10 ** p.surprise));
  return { days, times, oneIn, cleared: p.surprise >= p.threshold };
}

/** "3.1" below ten times, "36" above: a tenth means nothing once the rise is that steep. */
export const formatTimes = (times: number): string =>
  times < 10 ? times.toFixed(1) : String(Math.round(times));

/**
 * The expected count with one decimal: it is an average, rarely a whole number. Below 0.05 one
 * significant figure, so a place that should see next to nothing does not read as "0.0".
 */
export const formatExpected = (expected: number): string =>
  expected >= 0.05 || expected === 0 ? expected.toFixed(1) : expected.toPrecision(1);
