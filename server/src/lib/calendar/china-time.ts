/**
 * Day and clock arithmetic in China Standard Time.
 *
 * All of China keeps Beijing time, UTC+8, and has had no daylight saving since 1991, so a fixed
 * +08:00 offset is exact for every date a case can have. Using it instead of the host's time zone
 * means a deadline comes out the same on a laptop in Europe, a CI runner in UTC and a server in
 * Shanghai; nothing here reads the local time zone (no getHours, getDate, setHours…).
 */
export const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// toISOString switches to a six-digit year outside these bounds, which would break the day strings.
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 11, 30);

/** Throws unless the value is a real Date within years 1000–9999 (no Invalid Date, no overflow). */
export function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`${what} must be a valid Date, got ${String(value)}`);
  }
  const time = value.getTime();
  if (time < EARLIEST || time > LATEST) {
    throw new RangeError(`${what} is outside the years 1000–9999: ${value.toISOString()}`);
  }
}

/** The China-time calendar day (YYYY-MM-DD) on which an instant falls. */
export function chinaDayOf(instant: Date | number): string {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(time + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

function dayParts(day: string): [year: number, monthIndex: number, date: number] {
  const match = DAY.exec(day);
  const [year, month, date] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  // The round trip rejects days that Date.UTC would silently roll over, such as 2026-02-30.
  if (!match || new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  }
  return [year, month - 1, date];
}

/** Throws unless the string is a real YYYY-MM-DD day. */
export function assertDay(day: string): void {
  dayParts(day);
}

/** Epoch milliseconds of 00:00 China time at the start of the day. */
export function chinaMidnight(day: string): number {
  const [year, monthIndex, date] = dayParts(day);
  return Date.UTC(year, monthIndex, date) - CHINA_UTC_OFFSET_MS;
}

/** The day `count` days after (or before, if negative) the given day. */
export function addDays(day: string, count: number): string {
  const [year, monthIndex, date] = dayParts(day);
  return new Date(Date.UTC(year, monthIndex, date + count)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay counts. */
export function weekdayOf(day: string): number {
  const [year, monthIndex, date] = dayParts(day);
  return new Date(Date.UTC(year, monthIndex, date)).getUTCDay();
}
