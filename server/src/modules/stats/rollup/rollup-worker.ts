import type { Db } from '../../../db/database.js';
import { GO_AGAIN, repeatEvery } from '../../../lib/jobs/repeat-every.js';
import { anyQueued, applyKpiBatch, KPI_BATCH } from './apply-outbox.js';

export interface RollupWorkerOptions {
  /** The pause after a round that left the queue empty, or found another process applying. */
  intervalMs?: number;
  batch?: number;
}

/**
 * Keeps the KPI rollups current in the background, so that no request waits for them: every
 * `intervalMs` it applies a batch of queued events, and at once again while batches come back full.
 * Every server process runs one. The lock is only tried, never waited for: when another process is
 * applying, this one skips the round, so there is one applier at a time, in event order, and a burst
 * of intakes never queues behind it.
 */
export function startRollupWorker(
  db: Db,
  { intervalMs = 200, batch = KPI_BATCH }: RollupWorkerOptions = {},
): { stop(): Promise<void> } {
  return repeatEvery('The KPI rollup worker', intervalMs, async () => {
    // An idle round costs one indexed read, not a transaction: on the embedded database every statement
    // waits for the one before, and the worker must not slow the pages down five times a second.
    if (!(await anyQueued(db))) return;
    return (await applyKpiBatch(db, { batch, wait: false })) === batch ? GO_AGAIN : undefined;
  });
}
