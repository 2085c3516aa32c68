/** China days 'YYYY-MM-DD' of a period, split into the month rows and the day rows that cover it. */
export interface SpanPlan {
  /** The first days of the first and last whole month read from month rows. */
  months?: { from: string; to: string };
  /** The days before and after those months, read from day rows. */
  days: { from: string; to: string }[];
  /**
   * The month still running, when the period holds all of it: read from its month row, which the
   * rollup worker keeps up to date, less the cases due from today on (`from` is today) that are still
   * open, which the row keeps too (`open_from_day`): a case due on those days is not 应结 yet unless it
   * has closed.
   */
  running?: { month: string; from: string; to: string };
}

const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const firstOf = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (first: string) => {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/**
 * Covers [from, to] with as many whole months as fit, and days for the rest. With `before` (today), a
 * month counts as whole only when its last day is before that day; the month still running, when the
 * period holds all of it and it follows the whole months, is read as `running`.
 */
export function planSpans(from: string, to: string, before?: string): SpanPlan {
  const first = from === firstOf(from) ? from : nextMonth(firstOf(from));
  let last: string | undefined;
  for (
    let m = first;
    shift(nextMonth(m), -1) <= to && (!before || nextMonth(m) <= before);
    m = nextMonth(m)
  ) {
    last = m;
  }
  const runningMonth = before ? firstOf(before) : undefined;
  const running =
    runningMonth &&
    runningMonth === (last ? nextMonth(last) : first) &&
    shift(nextMonth(runningMonth), -1) <= to
      ? { month: runningMonth, from: before as string, to: shift(nextMonth(runningMonth), -1) }
      : undefined;
  if (!last && !running) return { days: from <= to ? [{ from, to }] : [] };
  const days: SpanPlan['days'] = [];
  if (from < first) days.push({ from, to: shift(first, -1) });
  const after = nextMonth(running?.month ?? (last as string));
  if (after <= to) days.push({ from: after, to });
  return {
    ...(last ? { months: { from: first, to: last } } : {}),
    days,
    ...(running ? { running } : {}),
  };
}
