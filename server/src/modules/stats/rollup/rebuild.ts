import { asc, gt } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/database.js';
import { databaseErrorOf } from '../../../db/database-error.js';
import { poolOf } from '../../../db/postgres-hosts.js';
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
 * `attempts` bounds the starts again after PostgreSQL refuses the snapshot as stale (40001).
 */
export async function rebuildKpis(
  db: Db,
  { attempts = ATTEMPTS }: { attempts?: number } = {},
): Promise<{ events: number; rows: number; cases: number }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rebuildHoldingTheLock(db);
    } catch (err) {
      // A safety net: with the lock taken before the snapshot (below), no applier writes these tables
      // meanwhile and PostgreSQL has nothing to refuse.
      if (attempt >= attempts || databaseErrorOf(err)?.code !== '40001') throw err;
    }
  }
}

/**
 * On a PostgreSQL server the rollups' lock is waited for on a connection of its own and held there
 * until the rebuild has committed: waited for inside the rebuild's transaction, it would come after
 * that transaction's snapshot, and a batch an applier committed during the wait would make
 * PostgreSQL refuse the rebuild's deletes (40001), again for as long as appliers kept busy. The
 * embedded engine has one connection, and its applier runs in the same queue as the rebuild.
 */
async function rebuildHoldingTheLock(db: Db) {
  if (!poolOf(db)) return rebuildOnce(db, true);
  return db.transaction(async (holder) => {
    await lockRollups(holder);
    return rebuildOnce(db, false);
  });
}

async function rebuildOnce(db: Db, lock: boolean): Promise<{ events: number; rows: number; cases: number }> {
  return db.transaction(
    async (tx) => {
      if (lock) await lockRollups(tx);
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
