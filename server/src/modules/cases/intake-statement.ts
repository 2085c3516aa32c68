import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { databaseErrorOf } from '../../db/database-error.js';
import { type CaseEventInput, eventsAndTheirQueue, eventsNotice } from './case-events.js';
import { caseFollowers, cases, idempotencyKeys } from './cases.tables.js';
import type { SubmissionKey } from './idempotency.js';

/** What one intake writes: the case, its report event, its first follower and the claimed key. */
export interface IntakeRows {
  case: typeof cases.$inferInsert & { id: string };
  report: CaseEventInput;
  followerId: string;
  key: SubmissionKey;
  /** Rows of the channel's own that belong to the case (an Open311 token), as insert statements. */
  more: SQLWrapper[];
}

/**
 * All of an intake's rows in one statement, one round trip: data-modifying CTEs, each an insert,
 * checked against their foreign keys when the statement ends. A statement is atomic on its own, so no
 * transaction is needed around it; a caller that writes more (the hotline's ticket) runs it in one.
 * The key goes in as a plain insert: when it stands already, the unique index refuses it and the whole
 * statement writes nothing (see isKeyTaken). It ends by announcing the new case (eventsNotice).
 */
export function intakeStatement(db: Executor, rows: IntakeRows): SQL {
  const parts: SQL[] = [
    sql`new_case as ${db.insert(cases).values(rows.case)}`,
    ...eventsAndTheirQueue(db, [rows.report]),
    sql`follower as ${db.insert(caseFollowers).values({
      districtCode: rows.case.districtCode,
      caseId: rows.case.id,
      userId: rows.followerId,
    })}`,
    sql`claim as ${db.insert(idempotencyKeys).values({
      scope: rows.key.scope,
      key: rows.key.key,
      requestHash: rows.key.hash,
      caseId: rows.case.id,
    })}`,
    ...rows.more.map((insert, i) => sql`${sql.identifier(`more_${i}`)} as ${insert}`),
  ];
  return sql`with ${sql.join(parts, sql`, `)} ${eventsNotice([rows.report])}`;
}

/** The error PostgreSQL raises when the intake's key is already claimed: its first submission's case answers. */
export function isKeyTaken(err: unknown): boolean {
  const refused = databaseErrorOf(err);
  return refused?.code === '23505' && refused.constraint === 'idempotency_keys_uq';
}
