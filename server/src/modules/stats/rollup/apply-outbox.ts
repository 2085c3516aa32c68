import { asc, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/database.js';
import { caseEvents } from '../../cases/cases.tables.js';
import { kpiOutbox } from '../stats.tables.js';
import { replayCaseEvents, replayWhistleEvents } from './replay.js';
import { addToRollups, loadCaseStates, mergeDeltas, saveCaseStates } from './rollup-store.js';

/** One applier at a time, across every server process: the rollups move in event order per case. */
export const KPI_LOCK = 4_242_002;

export const lockRollups = (tx: Executor) => tx.execute(sql`select pg_advisory_xact_lock(${KPI_LOCK})`);

/**
 * Applies queued events to the rollups. Each batch is read, applied and removed from the queue in one
 * transaction, so every event is applied exactly once, whichever process gets to it.
 */
export async function applyKpiOutbox(db: Db, batch = 1000): Promise<number> {
  let applied = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      await lockRollups(tx);
      const queued = await tx.select().from(kpiOutbox).orderBy(asc(kpiOutbox.id)).limit(batch);
      if (queued.length === 0) return 0;
      const caseEventIds = queued.filter((q) => q.source === 'case').map((q) => q.eventId);
      const whistleEventIds = queued.filter((q) => q.source === 'whistle').map((q) => q.eventId);
      const caseIds = await caseIdsOf(tx, caseEventIds);
      const states = await loadCaseStates(tx, caseIds);
      const deltas = mergeDeltas(await replayCaseEvents(tx, caseEventIds, states));
      mergeDeltas(await replayWhistleEvents(tx, whistleEventIds), deltas);
      await addToRollups(tx, deltas);
      await saveCaseStates(tx, [...states.values()]);
      await tx.delete(kpiOutbox).where(
        inArray(
          kpiOutbox.id,
          queued.map((q) => q.id),
        ),
      );
      return queued.length;
    });
    applied += n;
    if (n < batch) return applied;
  }
}

async function caseIdsOf(tx: Executor, eventIds: number[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ caseId: caseEvents.caseId })
    .from(caseEvents)
    .where(inArray(caseEvents.id, eventIds));
  return rows.map((r) => r.caseId);
}
