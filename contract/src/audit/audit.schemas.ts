import { type Static, Type } from 'typebox';
import { Nullable } from '../http/common.schemas.js';

/** GET /api/audit: which rows of the trail, a page at a time (older than `beforeId`). */
export const AuditQuery = Type.Object(
  {
    entity: Type.Optional(Type.String({ maxLength: 32 })),
    entityId: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    beforeId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

/** One line of the audit trail: who did what to which record, with the record before and after. */
export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  regionCode: Nullable(Type.String()),
  before: Type.Unknown({
    description: 'The record before; personal data masked except for admins',
  }),
  after: Type.Unknown({
    description: 'The record after; personal data masked except for admins',
  }),
});
export type AuditEntry = Static<typeof AuditEntrySchema>;

export const AuditLogResponse = Type.Object({ items: Type.Array(AuditEntrySchema) });
export type AuditLogResponse = Static<typeof AuditLogResponse>;
