import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import type { ParticipationPoints, PointsRules } from './points-settings.js';

/** What the rules read of a case to tell whether its report earns points. */
export interface ReportFacts {
  channel: string;
  reporterId: string | null;
  masterCaseId: string | null;
}

// Residents and couriers report from their phones for nothing but the good of the street; staff report
// as part of their job, and a hotline operator's report belongs to the caller, who has no account.
const PUBLIC_CHANNELS = ['resident_app', 'courier'];

/** The reporter who earns points for the case, or null when nobody does (staff, hotline, a duplicate). */
export function earningReporter(c: ReportFacts): string | null {
  if (!PUBLIC_CHANNELS.includes(c.channel) || c.masterCaseId !== null) return null;
  return c.reporterId;
}

/**
 * What a filed report earns, given what the reporter already earned for filed reports that day: the
 * rule's figure, cut to what is left under the daily cap (so the day's sum never passes the cap).
 */
export function reportAward(rules: PointsRules, earnedToday: number): number {
  return Math.max(0, Math.min(rules.reportFiled, rules.dailyCap - earnedToday));
}

/** The China-time day `at` falls in, as the instants it starts and ends: the daily cap's day. */
export function cityDay(at: Date): { start: Date; end: Date } {
  const day = chinaDayOf(at);
  return { start: new Date(chinaMidnight(day)), end: new Date(chinaMidnight(addDays(day, 1))) };
}

/** What earns participation points (参与积分), each with its configurable rule. */
export type ParticipationReason = 'volunteer_hours' | 'deliberation' | 'wish_fulfilled';

/**
 * What taking part earns: volunteer hours by the hour (`quantity` is verified minutes, so a 90-minute
 * shift earns an hour and a half's worth, rounded down to whole points), a deliberation and a fulfilled
 * wish so many points each (`quantity` is how many, usually 1).
 */
export function participationAward(
  rules: ParticipationPoints,
  reason: ParticipationReason,
  quantity: number,
): number {
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw new RangeError(`A participation award counts a whole number of ${reason} from 0, got ${quantity}`);
  }
  if (reason === 'volunteer_hours') return Math.floor((quantity * rules.volunteerHour) / 60);
  return quantity * (reason === 'deliberation' ? rules.deliberation : rules.wishFulfilled);
}
