import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { categories } from '../categories/categories.tables.js';
import { kpiAsOf } from './kpi-outbox.js';
import { reportsByCategory } from './kpi-sums.js';
import { kpiScope, type Period } from './stats.service.js';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The period just before, as many days long: the month before a month is compared day for day. */
export function previousPeriod(period: Period): Period {
  const length = dayNumber(period.to) - dayNumber(period.from) + 1;
  const from = dayNumber(period.from);
  return { from: dayOf(from - length), to: dayOf(from - 1) };
}

export interface CategoryChange {
  categoryCode: string;
  current: number;
  previous: number;
  change: number;
  growth: number | null;
}

/**
 * Categories by how much they rose: most new reports first, then by growth. Counts rather than
 * percentages lead, because one report against none is "infinite growth" and means little.
 */
export function risingFirst(current: Map<string, number>, previous: Map<string, number>): CategoryChange[] {
  const codes = new Set([...current.keys(), ...previous.keys()]);
  return [...codes]
    .map((categoryCode) => {
      const now = current.get(categoryCode) ?? 0;
      const before = previous.get(categoryCode) ?? 0;
      return {
        categoryCode,
        current: now,
        previous: before,
        change: now - before,
        growth: before > 0 ? (now - before) / before : null,
      };
    })
    .filter((c) => c.current > 0)
    .sort(
      (a, b) =>
        b.change - a.change ||
        (b.growth ?? Number.POSITIVE_INFINITY) - (a.growth ?? Number.POSITIVE_INFINITY) ||
        (a.categoryCode < b.categoryCode ? -1 : 1),
    );
}

/** The categories that rise fastest in a region (the viewer's jurisdiction by default). */
export async function risingCategories(
  db: Db,
  viewer: AuthUser,
  q: { regionCode?: string; limit: number } & Period,
) {
  const asOf = await kpiAsOf(db);
  const previous = previousPeriod(q);
  const scope = await kpiScope(db, viewer, q);
  const now = await reportsByCategory(db, scope);
  const before = await reportsByCategory(db, { ...scope, ...previous });
  const top = risingFirst(now, before).slice(0, q.limit);
  const names =
    top.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db
              .select({ code: categories.code, name: categories.nameZh })
              .from(categories)
              .where(
                inArray(
                  categories.code,
                  top.map((c) => c.categoryCode),
                ),
              )
          ).map((c) => [c.code, c.name]),
        );
  return {
    period: { from: q.from, to: q.to },
    previous,
    asOf,
    items: top.map((c) => ({ ...c, name: names.get(c.categoryCode) ?? c.categoryCode })),
  };
}
