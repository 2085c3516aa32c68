import { COMMUNITY_TASK_STATES, TASK_ADMISSIONS } from '@needle/contract';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey } from '../../db/district-keys.js';
import { departments } from '../departments/departments.tables.js';
import { REFUSAL_REASONS } from './admission.js';

/** An entry of the admitted list (社区事项准入清单): a task departments may send to the communities of an area. */
export const admittedTasks = pgTable(
  'admitted_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The area whose communities it covers: a city, district, street or one community. */
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The departments that may send it; another department sending it is off the list. */
    departmentIds: uuid('department_ids').array().notNull(),
    /** The law, regulation or document that admits it (依据). */
    basis: text('basis').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('admitted_tasks_region_idx').on(t.regionCode)],
);

/**
 * A task a department sent to one community: admitted (on the list) or funded (off it, with the money
 * that comes with it, 费随事转). The database refuses an off-list task without its funding.
 */
export const communityTasks = pgTable(
  'community_tasks',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The tasks one request sent (to every community of a street) share it. */
    batchId: uuid('batch_id').notNull(),
    /** The community (社区) it was sent to. */
    regionCode: text('region_code').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    admittedTaskId: uuid('admitted_task_id').references(() => admittedTasks.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    admission: text('admission', { enum: TASK_ADMISSIONS }).notNull(),
    /** Whole yuan for this community. */
    fundingYuan: integer('funding_yuan'),
    fundingSource: text('funding_source'),
    dueDate: date('due_date'),
    state: text('state', { enum: COMMUNITY_TASK_STATES }).notNull().default('assigned'),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    doneBy: uuid('done_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneNote: text('done_note').notNull().default(''),
  },
  (t) => [
    ...districtKey('community_tasks', t),
    index('community_tasks_region_idx').on(t.regionCode, t.assignedAt),
    index('community_tasks_department_idx').on(t.departmentId, t.assignedAt),
    check(
      'community_tasks_funded_check',
      sql`${t.admission} = 'admitted' or (${t.fundingYuan} > 0 and ${t.fundingSource} is not null)`,
    ),
  ],
);

/** An attempt to send a task off the list without its funding, refused and kept for the report. */
export const communityTaskRefusals = pgTable(
  'community_task_refusals',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** Where it was to go: a community or a street. */
    regionCode: text('region_code').notNull(),
    admittedTaskId: uuid('admitted_task_id').references(() => admittedTasks.id),
    title: text('title').notNull(),
    reason: text('reason', { enum: REFUSAL_REASONS }).notNull(),
    attemptedBy: uuid('attempted_by'),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('community_task_refusals', t),
    index('community_task_refusals_department_idx').on(t.departmentId, t.attemptedAt),
  ],
);
