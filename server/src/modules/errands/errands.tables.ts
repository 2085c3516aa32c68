import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';

export const ERRAND_KINDS = ['senior_card', 'medical_insurance', 'relief', 'certificate', 'other'] as const;
export const ERRAND_STATES = ['received', 'submitted', 'completed', 'cancelled'] as const;

export interface ErrandDocument {
  name: string;
  /** When the resident handed it to the grid worker, and when it came back to them. */
  handedOverAt: string | null;
  returnedAt: string | null;
}

/** 帮办代办: an errand run for a resident at an office (senior card, medical insurance, relief, certificates). */
export const errands = pgTable(
  'errands',
  {
    /** The district's own region code, first in the keys: the table is distributed by it on Citus. */
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    /** The grid (or community) of the resident it is run for. */
    regionCode: text('region_code').notNull(),
    kind: text('kind', { enum: ERRAND_KINDS }).notNull(),
    /** Who it is for, as the worker writes it: masked in lists. */
    forName: text('for_name').notNull(),
    /** The resident's own account, when they asked for it themselves: they follow its status. */
    requesterId: uuid('requester_id'),
    office: text('office').notNull().default(''),
    state: text('state', { enum: ERRAND_STATES }).notNull().default('received'),
    deadline: date('deadline').notNull(),
    documents: jsonb('documents').$type<ErrandDocument[]>().notNull().default(sql`'[]'::jsonb`),
    handledBy: uuid('handled_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('errands', t),
    index('errands_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`, t.state),
    index('errands_requester_idx').on(t.requesterId),
  ],
);

export const errandEvents = pgTable(
  'errand_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    errandId: uuid('errand_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    state: text('state').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ name: 'errand_events_pkey', columns: [t.districtCode, t.id] }),
    inDistrict('errand_events_errand_fk', [t.districtCode, t.errandId], [errands.districtCode, errands.id]),
    index('errand_events_errand_idx').on(t.errandId, t.id),
  ],
);
