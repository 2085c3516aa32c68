import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

/**
 * One movement of points (积分) between accounts: why, for which case and which user, and, for a
 * correction, the transfer it undoes. Append-only, like its entries: a mistake is put right by a
 * reversing transfer, never by an edit (triggers in the migration refuse UPDATE and DELETE).
 */
export const pointTransfers = pgTable(
  'point_transfers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** A PointReason: report_filed, whistle_bonus, volunteer_hours, redeemed, points_expired… */
    kind: text('kind').notNull(),
    /** The case it rewards: no foreign key, as a points ledger is a person's (a coordinator table on Citus). */
    caseId: uuid('case_id'),
    /** The user whose points move. */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reverses: bigint('reverses', { mode: 'number' }).references((): AnyPgColumn => pointTransfers.id),
    /**
     * What earned or moved the points when it is not a case: `activity:<id>` for volunteer hours, a
     * redemption's `redemption:<id>`, a month's expiry `expiry:<yyyy-mm>`. Unique per (kind, user).
     */
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // An award is given once per (reason, case, user): a replayed step or a race inserts nothing more.
    uniqueIndex('point_transfers_award_uq')
      .on(t.kind, t.caseId, t.userId)
      .where(sql`${t.caseId} is not null and ${t.reverses} is null`),
    // The same for what is not a case: a participation award, a redemption's steps, a month's expiry.
    uniqueIndex('point_transfers_source_uq')
      .on(t.kind, t.source, t.userId)
      .where(sql`${t.source} is not null and ${t.reverses} is null`),
    // A transfer is undone at most once.
    uniqueIndex('point_transfers_reverses_uq').on(t.reverses),
    // The daily cap sums a user's awards of the day.
    index('point_transfers_user_idx').on(t.userId, t.kind, t.createdAt),
    index('point_transfers_case_idx').on(t.caseId),
  ],
);

/**
 * The two (or more) legs of a transfer, one per account: signed amounts that sum to zero per transfer
 * (checked at commit by a trigger). An account's balance is the sum of its entries.
 */
export const pointEntries = pgTable(
  'point_entries',
  {
    transferId: bigint('transfer_id', { mode: 'number' })
      .notNull()
      .references(() => pointTransfers.id),
    /** `user:<uuid>` for a person, `system:<name>` for where points come from or go to. */
    account: text('account').notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.transferId, t.account] }),
    // A balance and a history page read one account's entries, newest transfer first.
    index('point_entries_account_idx').on(t.account, t.transferId),
    check('point_entries_amount_nonzero', sql`${t.amount} <> 0`),
    check(
      'point_entries_account_shape',
      sql`${t.account} ~ '^(user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|system:[a-z_]+)$'`,
    ),
  ],
);
