import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from '../regions/regions.tables.js';
import { users } from '../users/users.tables.js';

/**
 * A person holding a post in the grid: 网格长, 楼栋长, 单元长, or one of the eight kinds of grid
 * member of "1+8+X". Posts are what the community whistles when it calls its grid members.
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** The grid (or community, for community-wide posts) the post belongs to. */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** For building and unit leaders: which building and unit, as the community labels them. */
    building: text('building').notNull().default(''),
    unit: text('unit').notNull().default(''),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_region_idx').on(t.regionCode),
    uniqueIndex('posts_holder_uq').on(t.userId, t.kind, t.regionCode, t.building, t.unit),
  ],
);
