import { asc, gt } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/database.js';
import { databaseErrorOf } from '../../../db/database-error.js';
import { caseEvents } from '../../cases/cases.tables.js';
import { whistleEvents } from '../../whistle/whistle.tables.js';
import { kpiCaseState, kpiDaily, kpiOutbox, kpiRollup } from '../stats.tables.js';
import { lockRollups } from './apply-outbox.js';
import { replayCaseEvents, replayWhistleEvents } from './replay.js';
import { addToRollups, mergeDeltas, saveCaseStates } from './rollup-store.js';
import type { CaseKpiState, RollupDelta } from './rollup-types.js';

const PAGE = 5000;

async function eventIdPages(
  tx: Executor,
  table: typeof caseEvents | typeof whistleEvents,
  visit: (ids: number[]) => Promise<void>,
) {
  let after = 0;
  for (;;) {
    const page = await tx
      .select({ id: table.id })
      .from(table)
      .where(gt(table.id, after))
      .orderBy(asc(table.id))
      .limit(PAGE);
    if (page.length === 0) return;
    await visit(page.map((p) => p.id));
    after = page[page.length - 1]?.id ?? after;
  }
}

const ATTEMPTS = 10;

/**
 * Recomputes every rollup from the event logs, replacing what was there. It reads one consistent
 * snapshot (repeatable read): events committed meanwhile stay queued and are applied afterwards, once.
 */
export async function rebuildKpis(db: Db): Promise<{ events: number; rows: number; cases: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rebuildOnce(db);
    } catch (err) {
      // The snapshot is taken as the rebuild starts to wait for the lock: a batch the rollup worker
      // committed during that wait makes PostgreSQL refuse the rebuild's deletes (40001), before it has
      // replayed anything. Starting again is cheap, and workers only try the lock, so it soon goes through.
      if (attempt >= ATTEMPTS || databaseErrorOf(err)?.code !== '40001') throw err;
    }
  }
}

async function rebuildOnce(db: Db): Promise<{ events: number; rows: number; cases: number }> {
  return db.transaction(
    async (tx) => {
      await lockRollups(tx);
      await tx.delete(kpiDaily);
      await tx.delete(kpiRollup);
      await tx.delete(kpiCaseState);
      await tx.delete(kpiOutbox);
      const states = new Map<string, CaseKpiState>();
      const merged = new Map<string, RollupDelta>();
      let events = 0;
      await eventIdPages(tx, caseEvents, async (ids) => {
        events += ids.length;
        mergeDeltas(await replayCaseEvents(tx, ids, states), merged);
      });
      await eventIdPages(tx, whistleEvents, async (ids) => {
        events += ids.length;
        mergeDeltas(await replayWhistleEvents(tx, ids), merged);
      });
      await addToRollups(tx, merged);
      await saveCaseStates(tx, [...states.values()]);
      return { events, rows: merged.size, cases: states.size };
    },
    { isolationLevel: 'repeatable read' },
  );
}
