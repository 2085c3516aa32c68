import {
  ErrorSchema,
  InboxQuery,
  InboxSchema,
  NoticeParams,
  NoticeSchema,
  ReadAllNoticesQuery,
  ReadAllNoticesResponse,
} from '@needle/contract';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { listInbox, markAllRead, markRead } from './inbox.js';

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
        querystring: InboxQuery,
        response: { 200: InboxSchema, 400: ErrorSchema, 401: ErrorSchema },
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
        params: NoticeParams,
        response: { 200: NoticeSchema, 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema },
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
        querystring: ReadAllNoticesQuery,
        response: { 200: ReadAllNoticesResponse, 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (request) => ({ marked: await markAllRead(db, signedInUser(request).id, request.query.upToId) }),
  );
}
