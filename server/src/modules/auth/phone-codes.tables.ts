import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One-time sign-in codes sent to phone numbers (短信验证码). A row is kept after use or expiry for an
 * hour, since the rate limits count the codes a number and an address asked for in the last hour;
 * counting in the database holds across several server processes.
 */
export const phoneCodes = pgTable(
  'phone_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** E.164. There may be no account with this number yet: the code is also how one signs up. */
    phone: text('phone').notNull(),
    /** scrypt of the code with its own salt: a copy of the table does not read as live codes. */
    codeHash: text('code_hash').notNull(),
    /** The client address that asked, for the per-address limit. */
    address: text('address').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('phone_codes_phone_idx').on(t.phone, t.createdAt),
    index('phone_codes_address_idx').on(t.address, t.createdAt),
    index('phone_codes_created_idx').on(t.createdAt),
  ],
);

/**
 * Wrong codes given for a number: after a few the number is locked for a while, whoever asks and
 * whatever code they give, so six digits cannot be guessed by trying.
 */
export const phoneLockouts = pgTable('phone_lockouts', {
  phone: text('phone').primaryKey(),
  failures: integer('failures').notNull().default(0),
  /** When the current run of failures began; a run older than the window starts again from zero. */
  failingSince: timestamp('failing_since', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
