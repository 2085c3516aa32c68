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
