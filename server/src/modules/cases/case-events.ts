import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { changeNotice } from '../../lib/changes/change-notice.js';
import { kpiOutbox } from '../stats/stats.tables.js';
import { caseEvents } from './cases.tables.js';

export type CaseEventInput = typeof caseEvents.$inferInsert;

/**
 * Events appended to case timelines and queued for the KPI rollups, as two CTEs of one statement: the
 * queue rows are made from the events' ids, in the order written (the rollups replay a case's events
 * in queue order). Every case event goes through here, so the rollups miss none.
 */
export function eventsAndTheirQueue(db: Executor, events: CaseEventInput[]): SQL[] {
  const written = db.insert(caseEvents).values(events).returning({ id: caseEvents.id });
  const source = sql.identifier(kpiOutbox.source.name);
  const eventId = sql.identifier(kpiOutbox.eventId.name);
  return [
    sql`written as ${written}`,
    sql`queued as (insert into ${kpiOutbox} (${source}, ${eventId}) select 'case', id from written order by id)`,
  ];
}

/** The notice that ends a statement writing case events: the workbenches' counts change with them. */
export function eventsNotice(events: CaseEventInput[]): SQL {
  const first = events[0];
  return changeNotice({ regionCode: first?.regionCode ?? '', step: first?.toStatus ?? '' });
}

/**
 * Records events in the caller's transaction, in one round trip: every intake and action writes some.
 * The statement announces them too, delivered when the transaction commits.
 */
export async function recordCaseEvents(tx: Executor, ...events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`with ${sql.join(eventsAndTheirQueue(tx, events), sql`, `)} ${eventsNotice(events)}`);
}
