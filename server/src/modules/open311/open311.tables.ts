import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';

/**
 * An Open311 client (a civic app, FixMyStreet, a partner system) with its API key, scoped to a
 * jurisdiction. Only a hash of the key is kept; the key is shown once when issued.
 */
export const open311Clients = pgTable(
  'open311_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The first characters of the key, to tell keys apart in lists without revealing them. */
    keyPrefix: text('key_prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    /** The region whose cases the client may create and read. */
    regionCode: text('region_code').notNull(),
    /** The account the client's submissions are made under (a service account with the resident role). */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('open311_clients_region_idx').on(t.regionCode)],
);

/**
 * A token handed out for a request, looked up with GET tokens/{token}: a client's, found by the token
 * alone, so it lives with the clients (a coordinator table on Citus) and holds no foreign key to cases.
 */
export const open311Tokens = pgTable('open311_tokens', {
  token: text('token').primaryKey(),
  clientId: uuid('client_id')
    .notNull()
    .references(() => open311Clients.id),
  caseId: uuid('case_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
