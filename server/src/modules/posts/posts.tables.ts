import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey } from '../../db/district-keys.js';
import { regions } from '../regions/regions.tables.js';

/**
 * A person holding a post in the grid: 网格长, 楼栋长, 单元长, or one of the eight kinds of grid
 * member of "1+8+X". Posts are what the community whistles when it calls its grid members.
 */
export const posts = pgTable(
  'posts',
  {
    /** The district first, as city data on Citus (docs/scaling.md, section 4). */
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** An account: a coordinator table on Citus, so no foreign key (accounts are never deleted). */
    userId: uuid('user_id').notNull(),
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
    ...districtKey('posts', t),
    index('posts_region_idx').on(t.regionCode),
    uniqueIndex('posts_holder_uq').on(t.districtCode, t.userId, t.kind, t.regionCode, t.building, t.unit),
  ],
);
