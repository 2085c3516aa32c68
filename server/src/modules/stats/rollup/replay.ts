import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/database.js';
import { caseEvents, cases } from '../../cases/cases.tables.js';
import { whistleEvents } from '../../whistle/whistle.tables.js';
import { applyCaseEvent, type FixedFacts } from './case-contribution.js';
import type { CaseKpiState, RollupDelta } from './rollup-types.js';
import { applyWhistleEvent } from './whistle-contribution.js';

/**
 * Runs case events (in id order) through the rollup rules, updating `states` in place and returning
 * the deltas. Both the incremental applier and the rebuild use it, so they cannot disagree in rules.
 */
export async function replayCaseEvents(
  tx: Executor,
  eventIds: number[],
  states: Map<string, CaseKpiState>,
): Promise<RollupDelta[]> {
  if (eventIds.length === 0) return [];
  const events = await tx
    .select({
      id: caseEvents.id,
      caseId: caseEvents.caseId,
      at: caseEvents.at,
      action: caseEvents.action,
      toStatus: caseEvents.toStatus,
      regionCode: caseEvents.regionCode,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .where(inArray(caseEvents.id, eventIds))
    .orderBy(asc(caseEvents.id));
  const fixed = await fixedFacts(tx, [...new Set(events.map((e) => e.caseId))]);
  const deltas: RollupDelta[] = [];
  for (const e of events) {
    const facts = fixed.get(e.caseId);
    if (!facts) continue;
    const { state, deltas: more } = applyCaseEvent(states.get(e.caseId) ?? null, facts, e);
    states.set(e.caseId, state);
    deltas.push(...more);
  }
  return deltas;
}

/** What the rollups take from the case row: never where it is, which a relocation changes. */
async function fixedFacts(tx: Executor, caseIds: string[]): Promise<Map<string, FixedFacts>> {
  const out = new Map<string, FixedFacts>();
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await tx
      .select({
        caseId: cases.id,
        districtCode: cases.districtCode,
        categoryCode: cases.categoryCode,
        channel: cases.channel,
      })
      .from(cases)
      .where(inArray(cases.id, caseIds.slice(i, i + 500)));
    for (const r of rows) out.set(r.caseId, r);
  }
  return out;
}

export async function replayWhistleEvents(tx: Executor, eventIds: number[]): Promise<RollupDelta[]> {
  if (eventIds.length === 0) return [];
  const events = await tx
    .select({
      id: whistleEvents.id,
      at: whistleEvents.at,
      action: whistleEvents.action,
      data: whistleEvents.data,
      regionCode: whistleEvents.regionCode,
    })
    .from(whistleEvents)
    .where(inArray(whistleEvents.id, eventIds))
    .orderBy(asc(whistleEvents.id));
  return events.flatMap((e) => applyWhistleEvent(e.regionCode, e));
}
