import { CHINA_UTC_OFFSET_MS } from '../../lib/calendar/china-time.js';

/**
 * GeoReport times are ISO 8601 with an offset. Needle's cities all keep China time, so times leave as
 * local times with +08:00: what a clerk in Changchun reads off the wall clock, and still one instant.
 */
export function chinaIso(at: Date): string {
  return `${new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

// YYYY-MM-DD, optionally with a time and an offset. A `+` that was not percent-encoded in a query string
// arrives as a space, so " 08:00" is read as "+08:00": clients get this wrong too often to refuse them.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time as an instant, or null when it is not one (or not a real day or time).
 * Without an offset the time is China time, and a bare date means its midnight there.
 */
export function parseIso8601(text: string): Date | null {
  const m = ISO_8601.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const offset = zoneOffsetMs(zone);
  if (offset === null) return null;
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const [year, month, day, hour, minute, second] = fields;
  const ms = Number(`0.${frac || '0'}`) * 1000;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(local);
  // Date.UTC rolls 2026-02-30 over into March; a day that does not exist is refused instead.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return new Date(local - offset);
}

function zoneOffsetMs(zone: string | undefined): number | null {
  if (zone === undefined) return CHINA_UTC_OFFSET_MS;
  if (zone === 'Z') return 0;
  const m = /^([+\- ])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const [, sign, hh, mm] = m;
  if (Number(hh) > 14 || Number(mm) > 59) return null;
  const ms = (Number(hh) * 60 + Number(mm)) * 60_000;
  return sign === '-' ? -ms : ms;
}
