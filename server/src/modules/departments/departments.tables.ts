import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.tables.js';

/** A city department or enforcement brigade (职能部门) that cases are routed and whistled to. */
export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** The kind of department (城管 chengguan, 市场监管 market …); the responsibility list routes by it. */
  type: text('type').notNull(),
  /** The area it serves; it scopes what the department's staff see. */
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
