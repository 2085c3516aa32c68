import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { kpiOutbox } from './stats.tables.js';

/**
 * Queues an event for the KPI rollups. Call it in the transaction that writes the event: the event and
 * its place in the queue commit together or not at all.
 */
export async function enqueueKpiEvents(
  tx: Executor,
  source: 'case' | 'whistle',
  eventIds: number[],
): Promise<void> {
  if (eventIds.length === 0) return;
  await tx.insert(kpiOutbox).values(eventIds.map((eventId) => ({ source, eventId })));
}

/**
 * How fresh the rollups are, as an ISO timestamp: every event acknowledged before it is in them. That
 * is now when nothing is queued, else when the transaction of the oldest queued event began (its
 * commit, and every later one, came after). Read it before the rollups: the figures read next include
 * at least everything it promises, since the worker only ever adds to them.
 */
export async function kpiAsOf(db: Executor): Promise<string> {
  // Epoch milliseconds read the same through both drivers; rounding down keeps the promise true.
  const [row] = await db
    .select({ ms: sql<string>`extract(epoch from coalesce(min(${kpiOutbox.createdAt}), now())) * 1000` })
    .from(kpiOutbox);
  return new Date(Math.floor(Number(row?.ms))).toISOString();
}
