import { Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { listInbox, markAllRead, markRead } from './inbox.js';

// Ids are bigserial; beyond 2^53 a JavaScript number would silently round to another notice's id.
const NoticeId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const Notification = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  caseId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  body: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown(), {
    description:
      'What the notice is about: `code`, `action`, `from`, `to` for a case; `whistleOrderId`, `callId`, `reportDeadlineAt` for a whistle call',
  }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

// Everyone who can sign in has an inbox: no permission beyond being signed in.
const signedIn = async (request: FastifyRequest): Promise<void> => {
  signedInUser(request);
};

export function registerNotificationRoutes(app: App, db: Db): void {
  app.get(
    '/api/notifications',
    {
      preHandler: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Your own inbox, newest first, with the number of unread notices',
        querystring: Type.Object(
          {
            unread: Type.Optional(Type.Boolean()),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
            beforeId: Type.Optional(NoticeId),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(Notification), unreadCount: Type.Integer() }),
          400: ErrorSchema,
          401: ErrorSchema,
        },
      },
    },
    async (request) => listInbox(db, signedInUser(request).id, request.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      preHandler: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of your notices read',
        params: Type.Object({ id: NoticeId }),
        response: { 200: Notification, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => markRead(db, signedInUser(request).id, request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      preHandler: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Mark all your unread notices read (with upToId, only those up to the newest you saw)',
        querystring: Type.Object({ upToId: Type.Optional(NoticeId) }, { additionalProperties: false }),
        response: { 200: Type.Object({ marked: Type.Integer() }), 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (request) => ({ marked: await markAllRead(db, signedInUser(request).id, request.query.upToId) }),
  );
}
