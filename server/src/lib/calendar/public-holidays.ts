import { createRequire } from 'node:module';

/** How a day is classed when it differs from the plain Mon–Fri week. */
export type DayKind = 'workday' | 'holiday';

/**
 * The State Council's yearly holiday arrangement (法定节假日 and 调休上班 days), as maintained by the
 * chinese-days package.
 *
 * We read the package's published data file rather than calling its isWorkday()/getDayDetail():
 * those parse a 'YYYY-MM-DD' as UTC midnight but key their tables by the host's local date, so on a
 * server west of UTC they answer for the wrong day (under TZ=America/New_York the make-up working
 * Saturday 2026-02-14 is filed under 2026-02-13). The data file is the same table, built by the
 * package, keyed by China dates; a test checks it day by day against the package's own functions
 * run in Asia/Shanghai.
 */
const TABLE = 'chinese-days/dist/chinese-days.json';

interface Published {
  kinds: ReadonlyMap<string, DayKind>;
  years: ReadonlySet<number>;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((description) => typeof description === 'string')
  );
}

function load(): Published {
  const data: unknown = createRequire(import.meta.url)(TABLE);
  const holidays: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'holidays') : null;
  const workdays: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'workdays') : null;
  if (!isStringRecord(holidays) || !isStringRecord(workdays)) {
    throw new Error(`${TABLE} no longer has {holidays, workdays} tables; check the chinese-days upgrade`);
  }
  const kinds = new Map<string, DayKind>();
  const years = new Set<number>();
  for (const day of Object.keys(holidays)) {
    kinds.set(day, 'holiday');
    // Every year's arrangement has holidays (元旦 at least), so they mark which years are published.
    years.add(Number(day.slice(0, 4)));
  }
  // The package lets a make-up working day win should a day ever appear in both tables.
  for (const day of Object.keys(workdays)) kinds.set(day, 'workday');
  return { kinds, years };
}

const published = load();

/** The published class of a day, or undefined when it is an ordinary weekday or weekend. */
export function publishedDayKind(day: string): DayKind | undefined {
  return published.kinds.get(day);
}

/** Whether the arrangement for that year has been published in the installed chinese-days. */
export function isPublishedYear(year: number): boolean {
  return published.years.has(year);
}
