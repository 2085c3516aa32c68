/**
 * When a resident under care is next due a visit. Plain functions: the rule is the domain's, and a
 * test can walk it through the calendar without a database.
 */
export interface ScheduleRule {
  /** '' for the city's default; a community's (or grid's) code for its own. */
  regionCode: string;
  careTag: string;
  everyDays: number;
}

const DAY_MS = 86_400_000;

/**
 * How often a resident is visited: for each of their care groups, the rule of the most specific region
 * that holds them (a community's own over the city's), and of those the most frequent. Null: no rule
 * covers any of their groups, so nobody is due to visit them.
 */
export function visitEveryDays(
  tags: readonly string[],
  residentRegion: string,
  rules: readonly ScheduleRule[],
): number | null {
  let every: number | null = null;
  for (const tag of tags) {
    const rule = rules
      .filter((r) => r.careTag === tag && residentRegion.startsWith(r.regionCode))
      .sort((a, b) => b.regionCode.length - a.regionCode.length)[0];
    if (rule && (every === null || rule.everyDays < every)) every = rule.everyDays;
  }
  return every;
}

export interface VisitDue {
  dueAt: Date;
  overdue: boolean;
  /** Whole days past the due time; 0 when not overdue. */
  daysOverdue: number;
}

/**
 * Due `everyDays` after the last visit, or after the resident came under care when nobody has visited
 * yet; overdue once that moment has passed.
 */
export function visitDue(
  everyDays: number,
  lastVisitAt: Date | null,
  underCareSince: Date,
  now: Date,
): VisitDue {
  const from = lastVisitAt ?? underCareSince;
  const dueAt = new Date(from.getTime() + everyDays * DAY_MS);
  const late = now.getTime() - dueAt.getTime();
  return { dueAt, overdue: late > 0, daysOverdue: late > 0 ? Math.floor(late / DAY_MS) : 0 };
}
