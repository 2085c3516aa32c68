import { WISH_STATES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { partnerUnits } from '../whistle/whistle.tables.js';

/**
 * A micro-wish (微心愿) of a resident in need: reviewed by community staff, claimed by a volunteer or a
 * partner unit, fulfilled with a photo and confirmed by the wisher.
 */
export const microWishes = pgTable(
  'micro_wishes',
  {
    /** The district first, as city data on Citus (docs/scaling.md, section 4). */
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community (社区) the wisher lives in. */
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** The wisher's own account, when they posted it themselves. */
    wisherId: uuid('wisher_id'),
    /**
     * Who the wish is for, when a grid worker posted it for them (an elder without a phone): personal
     * data, masked in every list and never shown publicly.
     */
    wisherName: text('wisher_name'),
    wisherPhone: text('wisher_phone'),
    postedBy: uuid('posted_by').notNull(),
    state: text('state', { enum: WISH_STATES }).notNull().default('pending_review'),
    /** The reason given with a rejection, or the reviewer's note with an approval. */
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** A volunteer who claimed it themselves, or else the partner unit staff recorded. */
    claimerUserId: uuid('claimer_user_id'),
    claimerPartnerUnitId: uuid('claimer_partner_unit_id'),
    claimRecordedBy: uuid('claim_recorded_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    fulfilNote: text('fulfil_note'),
    fulfilPhotoIds: uuid('fulfil_photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    fulfilledBy: uuid('fulfilled_by'),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key of the phone that posted it, and the fingerprint of what it sent. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('micro_wishes', t),
    inDistrict(
      'micro_wishes_claimer_partner_unit_fk',
      [t.districtCode, t.claimerPartnerUnitId],
      [partnerUnits.districtCode, partnerUnits.id],
    ),
    index('micro_wishes_region_idx').on(t.regionCode, t.state),
    index('micro_wishes_wisher_idx').on(t.wisherId),
    index('micro_wishes_claimer_idx').on(t.claimerUserId),
    uniqueIndex('micro_wishes_client_key_uq')
      .on(t.districtCode, t.postedBy, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);

/** A wish's append-only timeline: posted, reviewed, claimed, fulfilled, confirmed. */
export const microWishEvents = pgTable(
  'micro_wish_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    wishId: uuid('wish_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'micro_wish_events_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'micro_wish_events_wish_fk',
      [t.districtCode, t.wishId],
      [microWishes.districtCode, microWishes.id],
    ),
    index('micro_wish_events_wish_idx').on(t.wishId, t.id),
  ],
);
