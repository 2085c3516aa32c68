import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Figures that differ from city to city (office hours, duplicate radius, reopen window …), as data. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
