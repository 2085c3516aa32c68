import { type Static, Type } from 'typebox';
import { Nullable } from '../http/common.schemas.js';

// Ids are bigserial; beyond 2^53 a JavaScript number would silently round to another notice's id.
const NoticeId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

/** One notice of a user's inbox. */
export const NoticeSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  caseId: Nullable(Type.String()),
  title: Type.String(),
  body: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'What the notice is about: `code`, `action`, `from`, `to` for a case; `whistleOrderId`, `callId`, `reportDeadlineAt` for a whistle call',
  }),
  readAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Notice = Static<typeof NoticeSchema>;

/** GET /api/notifications: a page of the inbox, older than `beforeId`. */
export const InboxQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    beforeId: Type.Optional(NoticeId),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;

/** The inbox, newest first, with the number of unread notices. */
export const InboxSchema = Type.Object({ items: Type.Array(NoticeSchema), unreadCount: Type.Integer() });
export type Inbox = Static<typeof InboxSchema>;

/** POST /api/notifications/:id/read */
export const NoticeParams = Type.Object({ id: NoticeId });
export type NoticeParams = Static<typeof NoticeParams>;

/** POST /api/notifications/read-all: with upToId, only those up to the newest the user saw. */
export const ReadAllNoticesQuery = Type.Object(
  { upToId: Type.Optional(NoticeId) },
  { additionalProperties: false },
);
export type ReadAllNoticesQuery = Static<typeof ReadAllNoticesQuery>;

export const ReadAllNoticesResponse = Type.Object({ marked: Type.Integer() });
export type ReadAllNoticesResponse = Static<typeof ReadAllNoticesResponse>;
