import type { Db } from '../../../db/database.js';
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
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (delayMs: number) => {
    // The timer does not keep the process alive; stop() waits for the round under way.
    if (!stopped) timer = setTimeout(round, delayMs).unref();
  };
  const round = () => {
    // An idle round costs one indexed read, not a transaction: on the embedded database every statement
    // waits for the one before, and the worker must not slow the pages down five times a second.
    running = anyQueued(db)
      .then((queued) => (queued ? applyKpiBatch(db, { batch, wait: false }) : 0))
      .then(
        (applied) => schedule(applied === batch ? 0 : intervalMs),
        (err) => {
          console.error('The KPI rollup worker failed; it will try again', err);
          schedule(intervalMs);
        },
      );
  };
  schedule(intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
