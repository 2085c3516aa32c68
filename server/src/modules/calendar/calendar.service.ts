import { asc, eq, sql } from 'drizzle-orm';
import { type Db, transaction } from '../../db/database.js';
import { addDays, assertDay } from '../../lib/calendar/china-time.js';
import { type DayKind, WorkingCalendar } from '../../lib/calendar/index.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { loadSettings } from '../settings/settings.service.js';
import { calendarOverrides } from './calendar.tables.js';
import { CALENDAR_CHANGED } from './calendar-changed.js';

export interface CalendarOverride {
  day: string;
  kind: DayKind;
  note: string;
}

export interface CalendarDay {
  day: string;
  isWorkingDay: boolean;
  /** True when an administrator's override decides the day rather than the published arrangement. */
  overridden: boolean;
  note: string | null;
}

/** A GET may span a whole leap year, and no more: the answer is one row per day. */
export const MAX_RANGE_DAYS = 366;
// An override outside these years is a typo (0226 for 2026), not a holiday anyone will work to.
const OVERRIDE_YEARS = { min: 2000, max: 2099 };

// Far-off years only make the date arithmetic leave four-digit years; nobody plans work there.
const READ_YEARS = { min: 1900, max: 2199 };

function dayOrRefuse(day: string, what: string, years = READ_YEARS): string {
  try {
    assertDay(day);
  } catch {
    throw badRequest(
      'INVALID_DAY',
      `${what} must be a calendar day (YYYY-MM-DD), got ${JSON.stringify(day)}`,
    );
  }
  const year = Number(day.slice(0, 4));
  if (year < years.min || year > years.max) {
    throw badRequest('INVALID_DAY', `${what} must lie in the years ${years.min}–${years.max}`);
  }
  return day;
}

const notify = sql`select pg_notify(${CALENDAR_CHANGED}, '')`;

/**
 * Holds the working calendar every deadline is computed on, built from the stored overrides and the
 * configured office hours. Deadlines are computed on every case action, so the calendar is kept in
 * memory and rebuilt only when an override or the office hours change.
 */
export class CalendarService {
  readonly #db: Db;
  #calendar = new WorkingCalendar();
  #overrides: ReadonlyMap<string, CalendarOverride> = new Map();
  #started = 0;
  #applied = 0;

  private constructor(db: Db) {
    this.#db = db;
  }

  static async load(db: Db): Promise<CalendarService> {
    const service = new CalendarService(db);
    await service.reload();
    return service;
  }

  current(): WorkingCalendar {
    return this.#calendar;
  }

  /** Re-reads overrides and office hours; call after any change to either (here or in another process). */
  async reload(): Promise<void> {
    const ticket = ++this.#started;
    const [rows, settings] = await Promise.all([
      this.#db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.day)),
      loadSettings(this.#db),
    ]);
    // Reloads can overlap; one that began later read newer data, so an older one must not undo it.
    if (ticket < this.#applied) return;
    this.#applied = ticket;
    const overrides = new Map(rows.map((r) => [r.day, { day: r.day, kind: r.kind, note: r.note }]));
    this.#calendar = new WorkingCalendar({
      overrides: new Map(rows.map((r) => [r.day, r.kind])),
      officeHours: settings.officeHours,
    });
    this.#overrides = overrides;
  }

  /** Each day from `from` to `to` inclusive, as the current calendar sees it. */
  days(from: string, to: string): CalendarDay[] {
    dayOrRefuse(from, 'from');
    dayOrRefuse(to, 'to');
    if (to < from) throw badRequest('INVALID_RANGE', `to (${to}) is before from (${from})`);
    if (addDays(from, MAX_RANGE_DAYS - 1) < to) {
      throw badRequest('RANGE_TOO_LONG', `Ask for at most ${MAX_RANGE_DAYS} days at a time`);
    }
    const calendar = this.#calendar;
    const result: CalendarDay[] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const override = this.#overrides.get(day);
      result.push({
        day,
        isWorkingDay: calendar.isWorkingDay(day),
        overridden: override !== undefined,
        note: override?.note ?? null,
      });
    }
    return result;
  }

  /** Years in the range whose holidays the installed holiday data does not know (Mon–Fri is assumed). */
  unpublishedYears(from: string, to: string): number[] {
    const years: number[] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      if (!this.#calendar.knowsYear(y)) years.push(y);
    }
    return years;
  }

  /** Makes a day a working day or a holiday, whatever the published arrangement says. */
  async setOverride(actor: AuthUser, day: string, kind: DayKind, note = ''): Promise<CalendarOverride> {
    dayOrRefuse(day, 'day', OVERRIDE_YEARS);
    if (kind !== 'workday' && kind !== 'holiday') {
      throw badRequest('INVALID_KIND', "kind must be 'workday' or 'holiday'");
    }
    const after: CalendarOverride = { day, kind, note: note.trim() };
    await transaction(this.#db, async (tx) => {
      const [before] = await tx
        .select({ day: calendarOverrides.day, kind: calendarOverrides.kind, note: calendarOverrides.note })
        .from(calendarOverrides)
        .where(eq(calendarOverrides.day, day))
        .for('update');
      await tx
        .insert(calendarOverrides)
        .values({ ...after, setBy: actor.id })
        .onConflictDoUpdate({
          target: calendarOverrides.day,
          set: { kind: after.kind, note: after.note, setBy: actor.id, setAt: new Date() },
        });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'calendar.override.set',
        entity: 'calendar_override',
        entityId: day,
        before: before ?? null,
        after,
      });
      await tx.execute(notify);
    });
    await this.reload();
    return after;
  }

  /** Gives the day back to the published arrangement. */
  async removeOverride(actor: AuthUser, day: string): Promise<void> {
    dayOrRefuse(day, 'day');
    await transaction(this.#db, async (tx) => {
      const [before] = await tx.delete(calendarOverrides).where(eq(calendarOverrides.day, day)).returning({
        day: calendarOverrides.day,
        kind: calendarOverrides.kind,
        note: calendarOverrides.note,
      });
      if (!before) throw notFound('OVERRIDE_NOT_FOUND', `There is no override for ${day}`);
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'calendar.override.remove',
        entity: 'calendar_override',
        entityId: day,
        before,
      });
      await tx.execute(notify);
    });
    await this.reload();
  }
}
