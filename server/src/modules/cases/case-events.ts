import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { kpiOutbox } from '../stats/stats.tables.js';
import { caseEvents } from './cases.tables.js';

export type CaseEventInput = typeof caseEvents.$inferInsert;

/**
 * Appends events to case timelines and queues them for the KPI rollups, in the caller's transaction.
 * Every case event goes through here, so the rollups miss none. One statement does both (the events
 * feed the queue through a CTE): every intake and action writes events, and each round trip counts.
 */
export async function recordCaseEvents(tx: Executor, ...events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const written = tx.insert(caseEvents).values(events).returning({ id: caseEvents.id });
  const source = sql.identifier(kpiOutbox.source.name);
  const eventId = sql.identifier(kpiOutbox.eventId.name);
  // Queued in the order written: the rollups replay a case's events in queue order.
  await tx.execute(
    sql`with written as ${written} insert into ${kpiOutbox} (${source}, ${eventId}) select 'case', id from written order by id`,
  );
}
