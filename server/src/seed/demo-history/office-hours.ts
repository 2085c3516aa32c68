import { CHINA_UTC_OFFSET_MS, MS_PER_DAY, MS_PER_HOUR } from '../../lib/calendar/china-time.js';

const OPENS_AT_HOUR = 8.5;
const CLOSES_AT_HOUR = 17.5;

/**
 * The first moment at or after `at` when an office is open (Monday to Friday, 08:30–17:30 China time),
 * so that staff in the history act when staff do. Public holidays are left to the working calendar:
 * a step on one is merely diligent.
 */
export function nextOfficeMoment(at: number): number {
  let t = at;
  for (let i = 0; i < 8; i++) {
    const local = t + CHINA_UTC_OFFSET_MS;
    const dayStart = Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
    // 1970-01-01 was a Thursday: day 0 is weekday 4.
    const weekday = (Math.floor(local / MS_PER_DAY) + 4) % 7;
    const hour = (local - dayStart) / MS_PER_HOUR;
    const weekend = weekday === 0 || weekday === 6;
    if (!weekend && hour >= OPENS_AT_HOUR && hour < CLOSES_AT_HOUR) return t;
    const opens = dayStart + OPENS_AT_HOUR * MS_PER_HOUR - CHINA_UTC_OFFSET_MS;
    t = !weekend && hour < OPENS_AT_HOUR ? opens : opens + MS_PER_DAY;
  }
  return t;
}
