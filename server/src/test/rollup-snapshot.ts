import { asc } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { COUNTER_COLUMNS, kpiCaseState, kpiDaily, kpiRollup } from '../modules/stats/stats.tables.js';

/**
 * Every rollup row and case state, in a fixed order, to compare the rollups kept as events happen with
 * a rebuild; rows whose counters netted to zero carry nothing and are left out.
 */
export async function rollupSnapshot(db: Db) {
  const carries = (r: Record<(typeof COUNTER_COLUMNS)[number], number>) =>
    COUNTER_COLUMNS.some((c) => r[c] !== 0);
  const fine = await db
    .select()
    .from(kpiDaily)
    .orderBy(asc(kpiDaily.day), asc(kpiDaily.regionCode), asc(kpiDaily.unitKey), asc(kpiDaily.categoryCode));
  const cuts = await db
    .select()
    .from(kpiRollup)
    .orderBy(
      asc(kpiRollup.cut),
      asc(kpiRollup.key),
      asc(kpiRollup.span),
      asc(kpiRollup.bucket),
      asc(kpiRollup.districtCode),
    );
  const states = await db.select().from(kpiCaseState).orderBy(asc(kpiCaseState.caseId));
  return { fine: fine.filter(carries), cuts: cuts.filter(carries), states };
}
