import { GRID_TYPES, REGION_LEVELS } from '@needle/contract';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One node of the hierarchy city > district > street > community > grid. The code is the
 * 12-digit statistical division code, or the 15-digit grid code; prefixes of it scope every read.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: REGION_LEVELS }).notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => regions.code),
    /** GeoJSON Polygon or MultiPolygon, WGS-84. */
    geometry: jsonb('geometry').notNull(),
    /** 基础网格 basic / 专属网格 special (a school, a market); grids only. */
    gridType: text('grid_type', { enum: GRID_TYPES }),
    /** 属地兜底: who answers for a grid when nobody else does. */
    ownerOfLastResort: text('owner_of_last_resort'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_code_prefix_idx').using('btree', sql`${t.code} text_pattern_ops`),
  ],
);
