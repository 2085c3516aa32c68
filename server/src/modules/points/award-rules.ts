import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import type { PointsRules } from './points-settings.js';

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
