import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/database.js';
import { districtHomeOf } from '../../../lib/codes/region-code.js';
import { COUNTER_COLUMNS, kpiCaseState, kpiDaily, kpiRollup } from '../stats.tables.js';
import { addOpenDays, addOpenOnDay, carriesOpenDays } from './open-from-day.js';
import { type CutKey, cutKeysOf } from './rollup-cuts.js';
import type { CaseKpiState, Counters, RollupDelta, RollupKey } from './rollup-types.js';

const BATCH = 500;

const keyString = (k: RollupKey) => `${k.day}|${k.regionCode}|${k.unitKey}|${k.categoryCode}`;

function addCounters(into: Counters, from: Counters): void {
  for (const [name, value] of Object.entries(from) as [keyof Counters, number][]) {
    into[name] = (into[name] ?? 0) + value;
  }
}

/** Sums deltas that land in the same row, so each row is written once. */
export function mergeDeltas(
  deltas: Iterable<RollupDelta>,
  into = new Map<string, RollupDelta>(),
): Map<string, RollupDelta> {
  for (const d of deltas) {
    const id = keyString(d.key);
    const row = into.get(id) ?? { key: d.key, counters: {} };
    addCounters(row.counters, d.counters);
    into.set(id, row);
  }
  return into;
}

const isZero = (c: Counters) => Object.values(c).every((v) => v === 0);

/** Adds merged deltas to the rollup rows, fine and in every cut, creating the rows that do not exist yet. */
export async function addToRollups(tx: Executor, merged: Map<string, RollupDelta>): Promise<void> {
  const rows = [...merged.values()].filter((r) => !isZero(r.counters));
  // Deterministic order keeps two writers from locking the same rows in opposite orders.
  rows.sort((a, b) => keyString(a.key).localeCompare(keyString(b.key)));
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    await tx
      .insert(kpiDaily)
      .values(chunk.map((r) => ({ districtCode: districtHomeOf(r.key.regionCode), ...r.key, ...r.counters })))
      .onConflictDoUpdate({
        target: [
          kpiDaily.districtCode,
          kpiDaily.day,
          kpiDaily.regionCode,
          kpiDaily.unitKey,
          kpiDaily.categoryCode,
        ],
        set: increments(kpiDaily),
      });
  }
  // A case whose deadline moves within a month nets to nothing in the month's counters, not in its days.
  const cuts = cutDeltas(rows).filter((r) => !isZero(r.counters) || carriesOpenDays(r.openFromDay));
  for (let i = 0; i < cuts.length; i += BATCH) {
    await tx
      .insert(kpiRollup)
      .values(cuts.slice(i, i + BATCH).map((r) => ({ ...r.key, ...r.counters, openFromDay: r.openFromDay })))
      .onConflictDoUpdate({
        target: [
          kpiRollup.cut,
          kpiRollup.level,
          kpiRollup.key,
          kpiRollup.span,
          kpiRollup.bucket,
          kpiRollup.districtCode,
        ],
        set: {
          ...increments(kpiRollup),
          openFromDay: addOpenDays(sql`${kpiRollup.openFromDay}`, sql`excluded.open_from_day`),
        },
      });
  }
}

/** `column = column + excluded.column` for every counter. */
function increments(table: typeof kpiDaily | typeof kpiRollup) {
  return Object.fromEntries(
    COUNTER_COLUMNS.map((name) => {
      const column = table[name];
      return [name, sql`${column} + excluded.${sql.identifier(column.name)}`];
    }),
  );
}

/**
 * The fine deltas summed into every cut they belong to (rollup-cuts.ts), in a fixed order; a month row's
 * with what they change in its days' open cases (open-by-day.ts).
 */
function cutDeltas(rows: RollupDelta[]) {
  const out = new Map<string, { key: CutKey; counters: Counters; openFromDay?: number[] }>();
  for (const r of rows) {
    for (const key of cutKeysOf(r.key)) {
      const id = `${key.cut}|${key.level}|${key.key}|${key.span}|${key.bucket}|${key.districtCode}`;
      const row = out.get(id) ?? { key, counters: {} };
      addCounters(row.counters, r.counters);
      if (key.span === 'month') row.openFromDay = addOpenOnDay(row.openFromDay, r.key.day, r.counters);
      out.set(id, row);
    }
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

export async function loadCaseStates(tx: Executor, caseIds: string[]): Promise<Map<string, CaseKpiState>> {
  const out = new Map<string, CaseKpiState>();
  for (let i = 0; i < caseIds.length; i += BATCH) {
    const rows = await tx
      .select()
      .from(kpiCaseState)
      .where(inArray(kpiCaseState.caseId, caseIds.slice(i, i + BATCH)));
    for (const r of rows) out.set(r.caseId, r);
  }
  return out;
}

export async function saveCaseStates(tx: Executor, states: CaseKpiState[]): Promise<void> {
  for (let i = 0; i < states.length; i += BATCH) {
    await tx
      .insert(kpiCaseState)
      .values(states.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: [kpiCaseState.districtCode, kpiCaseState.caseId],
        set: {
          regionCode: sql`excluded.region_code`,
          unitKey: sql`excluded.unit_key`,
          dueAt: sql`excluded.due_at`,
          status: sql`excluded.status`,
          closedAt: sql`excluded.closed_at`,
          duplicate: sql`excluded.duplicate`,
          dispatchDay: sql`excluded.dispatch_day`,
          dispatchUnitKey: sql`excluded.dispatch_unit_key`,
          reworkedSinceDispatch: sql`excluded.reworked_since_dispatch`,
          verified: sql`excluded.verified`,
          countedCallback: sql`excluded.counted_callback`,
        },
      });
  }
}
