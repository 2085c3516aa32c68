import type { Executor } from '../../db/database.js';
import { enqueueKpiEvents } from '../stats/kpi-outbox.js';
import { caseEvents } from './cases.tables.js';

export type CaseEventInput = typeof caseEvents.$inferInsert;

/**
 * Appends events to case timelines and queues them for the KPI rollups, in the caller's transaction.
 * Every case event goes through here, so the rollups miss none.
 */
export async function recordCaseEvents(tx: Executor, ...events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const written = await tx.insert(caseEvents).values(events).returning({ id: caseEvents.id });
  await enqueueKpiEvents(
    tx,
    'case',
    written.map((e) => e.id),
  );
}
