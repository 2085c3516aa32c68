import { CHINA_UTC_OFFSET_MS } from '../../lib/calendar/china-time.js';

/** An instant as people in China read it in a notice or an SMS: 2026-11-23 14:30. */
export function chinaClockText(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
