import { TIME_LIMIT_UNITS } from '@needle/contract';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** A class of the category tree (GB/T 30428.2): 'C01' 公用设施, 'E04' 街面秩序 … */
export const categoryClasses = pgTable('category_classes', {
  code: text('code').primaryKey(),
  kind: text('kind', { enum: ['component', 'event'] }).notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
});

/**
 * A subclass with its line of the responsibility list (职责清单): what makes a case, what counts as
 * fixed, how long it may take, and who leads. Data an admin edits, never code.
 */
export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  classCode: text('class_code')
    .notNull()
    .references(() => categoryClasses.code),
  kind: text('kind', { enum: ['component', 'event'] }).notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  filingStandard: text('filing_standard').notNull(),
  closingStandard: text('closing_standard').notNull(),
  timeLimitAmount: integer('time_limit_amount').notNull(),
  timeLimitUnit: text('time_limit_unit', {
    enum: TIME_LIMIT_UNITS,
  }).notNull(),
  routing: text('routing', { enum: ['department_led', 'street_led', 'street_whistles'] }).notNull(),
  departmentType: text('department_type').notNull(),
  hotlineType: text('hotline_type'),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Every version of every subclass, so a case can be judged by the rule in force when it was filed. */
export const categoryHistory = pgTable(
  'category_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    categoryCode: text('category_code').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('category_history_code_idx').on(t.categoryCode, t.version)],
);

/**
 * The extra questions a category asks when it is reported (Open311 service attributes), e.g. which
 * kind of cover is missing. Datatypes follow GeoReport v2.
 */
export const categoryAttributes = pgTable(
  'category_attributes',
  {
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    code: text('code').notNull(),
    datatype: text('datatype', {
      enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'],
    }).notNull(),
    required: boolean('required').notNull().default(false),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en').notNull(),
    order: integer('order').notNull().default(1),
    /** For the list datatypes: the allowed values, each { key, nameZh, nameEn }. */
    values: jsonb('values'),
  },
  (t) => [primaryKey({ columns: [t.categoryCode, t.code] })],
);
