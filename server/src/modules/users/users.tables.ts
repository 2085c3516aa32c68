import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** E.164 (+8613800138000), so one number is one account and signs in by phone. */
    phone: text('phone'),
    roles: text('roles').array().notNull(),
    /**
     * The region the user answers for; for department staff, the department's area. Null only for an
     * administrator of the whole installation, who exists before any region has been imported.
     */
    regionCode: text('region_code').references(() => regions.code),
    /** Set when the user's jurisdiction is a department rather than a region node. */
    departmentId: uuid('department_id').references(() => departments.id),
    /** A courier's company: 快递 (express) or 外卖 (delivery), named as the courier gave it at sign-up. */
    companyKind: text('company_kind'),
    companyName: text('company_name'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('users_region_idx').on(t.regionCode),
    index('users_department_idx').on(t.departmentId),
    uniqueIndex('users_phone_key').on(t.phone).where(sql`${t.phone} is not null`),
  ],
);
