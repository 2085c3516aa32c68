import { REQUEST_TYPES, SATISFACTIONS, URGENCIES } from '@needle/contract';
import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districtCode } from '../../db/district-keys.js';
import { inItsCase } from '../cases/cases.tables.js';

/**
 * The 12345 overlay on a case (接诉即办): what kind of request, how urgent, and the hotline's own
 * steps: signed for (签收), caller contacted (响应), called back (回访) with the caller's verdict.
 */
export const hotlineTickets = pgTable(
  'hotline_tickets',
  {
    /** The case's district (it follows the case). */
    districtCode: districtCode(),
    caseId: uuid('case_id').notNull(),
    requestType: text('request_type', {
      enum: REQUEST_TYPES,
    }).notNull(),
    urgency: text('urgency', { enum: URGENCIES }).notNull(),
    /** SHA-256 of the caller's normalised number: links a caller's repeated complaints without storing it twice. */
    callerKey: text('caller_key'),
    signDueAt: timestamp('sign_due_at', { withTimezone: true }).notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    contactDueAt: timestamp('contact_due_at', { withTimezone: true }).notNull(),
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    /** A consultation answered during the call: closed on the spot, and counted. */
    closedOnCall: boolean('closed_on_call').notNull().default(false),
    callbackAt: timestamp('callback_at', { withTimezone: true }),
    callbackBy: uuid('callback_by'),
    /** A callback is valid when the caller was reached and answered (有效回访). */
    callbackValid: boolean('callback_valid'),
    resolved: boolean('resolved'),
    satisfaction: text('satisfaction', { enum: SATISFACTIONS }),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'hotline_tickets_pkey', columns: [t.districtCode, t.caseId] }),
    inItsCase('hotline_tickets_case_fk', t),
    index('hotline_tickets_case_idx').on(t.caseId),
    index('hotline_tickets_caller_idx').on(t.callerKey),
  ],
);
