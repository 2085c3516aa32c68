import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** An admin's correction of the holiday data for one day: a local holiday, or an extra working day. */
export const calendarOverrides = pgTable('calendar_overrides', {
  day: date('day').primaryKey(),
  kind: text('kind', { enum: ['workday', 'holiday'] }).notNull(),
  note: text('note').notNull().default(''),
  setBy: uuid('set_by'),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});
