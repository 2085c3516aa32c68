import {
  addDays,
  assertDay,
  assertInstant,
  chinaDayOf,
  chinaMidnight,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  weekdayOf,
} from './china-time.js';
import {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  type OfficeSession,
  officeSessions,
} from './office-hours.js';
import { type DayKind, isPublishedYear, publishedDayKind } from './public-holidays.js';
import { assertAmount, isWorkingUnit, type TimeLimit } from './time-limit.js';
import { type TrafficLight, trafficLight } from './traffic-light.js';

export interface WorkingCalendarConfig {
  /**
   * An administrator's word on a day beats the published arrangement: a local closure, a typhoon
   * day, or next year's holidays before chinese-days knows them. Keys are YYYY-MM-DD China days.
   */
  overrides?: ReadonlyMap<string, DayKind>;
  officeHours?: OfficeHours;
}

// A deadline further away than this is a configuration mistake, not a case limit; stop looking.
const SEARCH_LIMIT_DAYS = 100 * 366;

/** Office time on one day, as epoch milliseconds; end exclusive. */
interface Span {
  start: number;
  end: number;
}

/** The working calendar (工作日历) every case deadline is computed on. All days are China days. */
export class WorkingCalendar {
  readonly #overrides: ReadonlyMap<string, DayKind>;
  readonly #sessions: readonly OfficeSession[];

  constructor(config: WorkingCalendarConfig = {}) {
    this.#sessions = officeSessions(config.officeHours ?? DEFAULT_OFFICE_HOURS);
    // Copied so that later edits to the caller's map cannot move deadlines already handed out.
    const overrides = new Map<string, DayKind>();
    for (const [day, kind] of config.overrides ?? []) {
      assertDay(day);
      if (kind !== 'workday' && kind !== 'holiday') {
        throw new RangeError(`Override for ${day} must be 'workday' or 'holiday', got ${String(kind)}`);
      }
      overrides.set(day, kind);
    }
    this.#overrides = overrides;
  }

  /** False for years whose holidays chinese-days has not published: those fall back to Mon–Fri. */
  knowsYear(year: number): boolean {
    return isPublishedYear(year);
  }

  /** Override, else the published holiday or make-up working day (调休上班), else Monday to Friday. */
  isWorkingDay(day: string): boolean {
    assertDay(day);
    const kind = this.#overrides.get(day) ?? publishedDayKind(day);
    if (kind) return kind === 'workday';
    const weekday = weekdayOf(day);
    return weekday >= 1 && weekday <= 5;
  }

  /**
   * N working days from filing end at the close of office hours on the Nth working day after the
   * day of filing; the filing day itself is not counted, whatever the hour. This is the rule of Chinese
   * procedural law (期间开始的时和日，不计算在期间内) applied to limits that, like the Administrative
   * Licensing Law's, are counted in working days. So a case filed on Friday — morning or night — with
   * 1 working day is due Monday at closing time.
   * Days must be a whole number ≥ 1: a part day is a limit in working hours.
   */
  addWorkingDays(from: Date, days: number): Date {
    assertInstant(from, 'Start');
    assertAmount(days, 'Working days');
    if (!Number.isInteger(days) || days < 1) {
      throw new RangeError(`Working days must be a whole number ≥ 1, got ${days}`);
    }
    let day = chinaDayOf(from);
    let counted = 0;
    for (let step = 0; counted < days; step++) {
      if (step > SEARCH_LIMIT_DAYS) throw new RangeError(`${days} working days reach beyond 100 years`);
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) counted++;
    }
    const spans = this.#officeTimeOn(day);
    return this.#checked(spans[spans.length - 1]?.end ?? Number.NaN);
  }

  /**
   * Counts only office hours on working days. A start outside them (night, lunch, weekend, holiday)
   * begins at the next opening; a limit used up exactly at a break or closing ends there.
   */
  addWorkingHours(from: Date, hours: number): Date {
    assertInstant(from, 'Start');
    assertAmount(hours, 'Working hours');
    // Whole milliseconds: 0.1 h is not exact in binary, and deadlines must compare equal.
    let remaining = Math.round(hours * MS_PER_HOUR);
    let day = chinaDayOf(from);
    for (let step = 0; step <= SEARCH_LIMIT_DAYS; step++, day = addDays(day, 1)) {
      for (const span of this.#officeTimeOn(day)) {
        if (from.getTime() >= span.end) continue;
        const start = Math.max(from.getTime(), span.start);
        if (remaining <= span.end - start) return this.#checked(start + remaining);
        remaining -= span.end - start;
      }
    }
    throw new RangeError(`${hours} working hours reach beyond 100 years`);
  }

  /** Office-hours milliseconds between two instants; 0 when `to` is not after `from`. */
  workingMillisBetween(from: Date, to: Date): number {
    assertInstant(from, 'From');
    assertInstant(to, 'To');
    if (to.getTime() <= from.getTime()) return 0;
    let total = 0;
    const last = chinaDayOf(to);
    // YYYY-MM-DD strings compare in calendar order.
    for (let day = chinaDayOf(from); day <= last; day = addDays(day, 1)) {
      for (const span of this.#officeTimeOn(day)) {
        total += Math.max(0, Math.min(span.end, to.getTime()) - Math.max(span.start, from.getTime()));
      }
    }
    return total;
  }

  /**
   * Whether any office time lies between two instants: `workingMillisBetween(from, to) > 0`, found at
   * the first working day instead of summing every day. A step overdue for a year is red from the
   * first office hour after its deadline; nobody needs the year counted to say so.
   */
  hasWorkingTimeBetween(from: Date, to: Date): boolean {
    assertInstant(from, 'From');
    assertInstant(to, 'To');
    if (to.getTime() <= from.getTime()) return false;
    const last = chinaDayOf(to);
    for (let day = chinaDayOf(from); day <= last; day = addDays(day, 1)) {
      for (const span of this.#officeTimeOn(day)) {
        if (Math.min(span.end, to.getTime()) > Math.max(span.start, from.getTime())) return true;
      }
    }
    return false;
  }

  /** When a limit started at `from` runs out; calendar units run round the clock. */
  deadline(from: Date, limit: TimeLimit): Date {
    assertInstant(from, 'Start');
    assertAmount(limit.amount, 'Time limit amount');
    switch (limit.unit) {
      case 'working_hours':
        return this.addWorkingHours(from, limit.amount);
      case 'working_days':
        return this.addWorkingDays(from, limit.amount);
      case 'calendar_hours':
        return this.#checked(from.getTime() + Math.round(limit.amount * MS_PER_HOUR));
      // 24 hours is always one day in China (no daylight saving), so days need no calendar.
      case 'calendar_days':
        return this.#checked(from.getTime() + Math.round(limit.amount * MS_PER_DAY));
      default: {
        const unknown: never = limit.unit;
        throw new RangeError(`Unknown time limit unit: ${String(unknown)}`);
      }
    }
  }

  /**
   * The light of a step started at `from` with this limit, seen at `now`. Elapsed time and limit are
   * measured on the limit's own clock: office time for working units, wall time for calendar units
   * (a 2-hour emergency filed at night must not stay green until the office opens).
   */
  trafficLightAt(from: Date, limit: TimeLimit, now: Date): TrafficLight {
    const due = this.deadline(from, limit);
    assertInstant(now, 'Now');
    if (isWorkingUnit(limit.unit)) {
      return trafficLight(this.workingMillisBetween(from, now), this.workingMillisBetween(from, due));
    }
    return trafficLight(Math.max(0, now.getTime() - from.getTime()), due.getTime() - from.getTime());
  }

  #officeTimeOn(day: string): Span[] {
    if (!this.isWorkingDay(day)) return [];
    const midnight = chinaMidnight(day);
    return this.#sessions.map((session) => ({
      start: midnight + session.start * MS_PER_MINUTE,
      end: midnight + session.end * MS_PER_MINUTE,
    }));
  }

  #checked(time: number): Date {
    const result = new Date(time);
    assertInstant(result, 'Deadline');
    return result;
  }
}
