import { NEED_SOURCES, NEED_STATUSES, PROJECT_STATES, RESOURCE_KINDS } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { cases } from '../cases/cases.tables.js';
import { partnerUnits } from '../whistle/whistle.tables.js';

/** A need on a community's needs list (需求清单): where it came from and how many households it concerns. */
export const communityNeeds = pgTable(
  'community_needs',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community (社区) whose list it is on. */
    regionCode: text('region_code').notNull(),
    source: text('source', { enum: NEED_SOURCES }).notNull(),
    /** The grid report it came from, when it did. */
    caseId: uuid('case_id'),
    description: text('description').notNull(),
    households: integer('households').notNull(),
    /** Which households as places (楼栋、单元); the list is public in part, so never people. */
    householdNote: text('household_note').notNull().default(''),
    status: text('status', { enum: NEED_STATUSES }).notNull().default('open'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /**
     * The Idempotency-Key a phone sent with it (a grid worker at the door on a weak signal retries), and
     * the fingerprint of what was sent: the same key again returns this need instead of a second one.
     */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    primaryKey({ name: 'community_needs_pkey', columns: [t.districtCode, t.id] }),
    index('community_needs_id_idx').on(t.id),
    inDistrict('community_needs_case_fk', [t.districtCode, t.caseId], [cases.districtCode, cases.id]),
    index('community_needs_region_idx').on(t.regionCode, t.status),
    uniqueIndex('community_needs_client_key_uq')
      .on(t.districtCode, t.recordedBy, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);

/** What a partner unit offers (资源清单): a skill, money, a venue, people or time, for a period. */
export const partnerResources = pgTable(
  'partner_resources',
  {
    /** The partner unit's district. */
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    partnerUnitId: uuid('partner_unit_id').notNull(),
    kind: text('kind', { enum: RESOURCE_KINDS }).notNull(),
    description: text('description').notNull(),
    quantity: text('quantity').notNull().default(''),
    availableFrom: date('available_from'),
    availableUntil: date('available_until'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('partner_resources', t),
    inDistrict(
      'partner_resources_partner_unit_fk',
      [t.districtCode, t.partnerUnitId],
      [partnerUnits.districtCode, partnerUnits.id],
    ),
    index('partner_resources_unit_idx').on(t.partnerUnitId),
  ],
);

/**
 * A yearly project on a community's projects list (项目清单), made from needs: claimed by a partner unit,
 * or fallen to the community (兜底) when nobody claimed it by the claim deadline; closed out (销号) on
 * evidence and another staff member's sign-off.
 */
export const communityProjects = pgTable(
  'community_projects',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** Whole yuan (元). */
    budgetYuan: integer('budget_yuan').notNull(),
    ownerId: uuid('owner_id').notNull(),
    state: text('state', { enum: PROJECT_STATES }).notNull().default('draft'),
    dueDate: date('due_date').notNull(),
    claimDeadline: timestamp('claim_deadline', { withTimezone: true }).notNull(),
    claimedByPartnerUnitId: uuid('claimed_by_partner_unit_id'),
    claimNote: text('claim_note'),
    claimResourceIds: uuid('claim_resource_ids').array().notNull().default(sql`'{}'::uuid[]`),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** The staff member who recorded the claim on the unit's behalf: partner units have no accounts. */
    claimRecordedBy: uuid('claim_recorded_by'),
    fallenAt: timestamp('fallen_at', { withTimezone: true }),
    evidenceNote: text('evidence_note'),
    evidencePhotoIds: uuid('evidence_photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    evidenceBy: uuid('evidence_by'),
    evidenceAt: timestamp('evidence_at', { withTimezone: true }),
    signedOffBy: uuid('signed_off_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('community_projects', t),
    inDistrict(
      'community_projects_claimed_by_fk',
      [t.districtCode, t.claimedByPartnerUnitId],
      [partnerUnits.districtCode, partnerUnits.id],
    ),
    index('community_projects_region_idx').on(t.regionCode, t.year),
    // The 兜底 sweep looks for open projects past their claim deadline.
    index('community_projects_claim_deadline_idx')
      .on(t.claimDeadline)
      .where(sql`${t.state} = 'open_for_claim'`),
  ],
);

/** A foreign key to the project, by (district, project). */
function inProject(name: string, t: { districtCode: AnyPgColumn; projectId: AnyPgColumn }) {
  return inDistrict(
    name,
    [t.districtCode, t.projectId],
    [communityProjects.districtCode, communityProjects.id],
  );
}

export const communityProjectNeeds = pgTable(
  'community_project_needs',
  {
    districtCode: districtCode(),
    projectId: uuid('project_id').notNull(),
    needId: uuid('need_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'community_project_needs_pkey', columns: [t.districtCode, t.projectId, t.needId] }),
    inProject('community_project_needs_project_fk', t),
    inDistrict(
      'community_project_needs_need_fk',
      [t.districtCode, t.needId],
      [communityNeeds.districtCode, communityNeeds.id],
    ),
    index('community_project_needs_need_idx').on(t.needId),
  ],
);

/** A step of a project's progress, shown with photos when done. */
export const communityProjectMilestones = pgTable(
  'community_project_milestones',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    projectId: uuid('project_id').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('community_project_milestones', t),
    inProject('community_project_milestones_project_fk', t),
    index('community_project_milestones_project_idx').on(t.projectId, t.dueDate),
  ],
);

/** A project's append-only timeline: created, opened, claimed, fell, started, milestones, evidence, closed out. */
export const communityProjectEvents = pgTable(
  'community_project_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    projectId: uuid('project_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Null when Needle did it (the 兜底 sweep). */
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'community_project_events_pkey', columns: [t.districtCode, t.id] }),
    inProject('community_project_events_project_fk', t),
    index('community_project_events_project_idx').on(t.projectId, t.id),
  ],
);
