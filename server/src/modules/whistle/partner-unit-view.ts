import { and, count, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { yearSpan } from './china-periods.js';
import { type partnerUnits, whistleCalls } from './whistle.tables.js';

type PartnerUnitRow = typeof partnerUnits.$inferSelect;

/**
 * Partner units with how many whistles each answered in the year (calls it reported in on) beside
 * the number it promised — seed 002: every alliance unit answers at least twice a year.
 */
export async function partnerUnitViews(db: Executor, rows: PartnerUnitRow[], year: number) {
  const { start, end } = yearSpan(year);
  const counts =
    rows.length === 0
      ? []
      : await db
          .select({ id: whistleCalls.partnerUnitId, n: count() })
          .from(whistleCalls)
          .where(
            and(
              inArray(
                whistleCalls.partnerUnitId,
                rows.map((r) => r.id),
              ),
              gte(whistleCalls.arrivedAt, start),
              lt(whistleCalls.arrivedAt, end),
            ),
          )
          .groupBy(whistleCalls.partnerUnitId);
  return rows.map((r) => {
    const responses = Number(counts.find((c) => c.id === r.id)?.n ?? 0);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      regionCode: r.regionCode,
      requiredYearlyResponses: r.requiredYearlyResponses,
      active: r.active,
      year,
      responses,
      belowMinimum: responses < r.requiredYearlyResponses,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function partnerUnitView(db: Executor, row: PartnerUnitRow, year: number) {
  const [view] = await partnerUnitViews(db, [row], year);
  if (!view) throw new Error('a partner unit lost its view');
  return view;
}
