import { asc, inArray, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/database.js';
import { caseEvents } from '../../cases/cases.tables.js';
import { kpiOutbox } from '../stats.tables.js';
import { replayCaseEvents, replayWhistleEvents } from './replay.js';
import { addToRollups, loadCaseStates, mergeDeltas, saveCaseStates } from './rollup-store.js';

/** One applier at a time, across every server process: the rollups move in event order per case. */
export const KPI_LOCK = 4_242_002;

/** How many queued events one transaction applies. */
export const KPI_BATCH = 1000;

/** Waits for the rollups' lock until the transaction ends: for a rebuild, and for a drain that must finish. */
export const lockRollups = (tx: Executor) => tx.execute(sql`select pg_advisory_xact_lock(${KPI_LOCK})`);

/** Whether any event waits to be applied. */
export async function anyQueued(db: Db): Promise<boolean> {
  const [first] = await db.select({ id: kpiOutbox.id }).from(kpiOutbox).limit(1);
  return first !== undefined;
}

/** Takes the rollups' lock until the transaction ends if no one else holds it; says whether it did. */
async function tryLockRollups(tx: Executor): Promise<boolean> {
  const [row] = await tx
    .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(${KPI_LOCK})` })
    .from(sql`(select 1) as one`);
  return row?.locked === true;
}

/**
 * Applies the oldest queued events, up to `batch` of them, to the rollups. The batch is read, applied
 * and removed from the queue in one transaction, so every event is applied exactly once, whichever
 * process gets to it, and a crash part-way leaves the batch queued. With `wait: false` it gives up at
 * once, returning `busy`, when another applier holds the lock: that one is already doing the work.
 */
export async function applyKpiBatch(
  db: Db,
  { batch = KPI_BATCH, wait }: { batch?: number; wait: boolean },
): Promise<number | 'busy'> {
  return db.transaction(async (tx) => {
    if (wait) await lockRollups(tx);
    else if (!(await tryLockRollups(tx))) return 'busy';
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
}

/**
 * Applies batches, waiting for the lock, until the queue is empty; returns how many events it applied.
 * The server's rollup worker does this in the background; a test that reads figures right after
 * writing, or a tool that needs them exact, drains first.
 */
export async function drainKpiOutbox(db: Db, batch = KPI_BATCH): Promise<number> {
  let applied = 0;
  for (;;) {
    const n = await applyKpiBatch(db, { batch, wait: true });
    if (n === 'busy') continue;
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
