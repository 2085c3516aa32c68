import {
  WorkbenchCasePage,
  WorkbenchDonePage,
  WorkbenchDoneQuery,
  WorkbenchListQuery,
  WorkbenchQueueParams,
  WorkbenchResponse,
} from '@needle/contract';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import type { LiveStreams } from '../../lib/changes/event-stream.js';
import { forbidden } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { isPublicOnly } from '../cases/case-scope.js';
import { streamCounts } from './counts-stream.js';
import { workbenchCounts } from './workbench-counts.js';
import { doneCases, queueCases } from './workbench-lists.js';

/** The workbench is the staff's: residents and couriers follow their own reports elsewhere. */
function staffOnly(user: AuthUser): AuthUser {
  if (isPublicOnly(user)) throw forbidden('STAFF_ONLY', 'The workbench is for staff');
  return user;
}

export function registerWorkbenchRoutes(app: App, deps: CaseDeps, live: LiveStreams): void {
  app.get(
    '/api/workbench',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['workbench'],
        summary:
          'My workbench: each of my queues (待受理, 待立案, 待派遣, 待处置, 待核查, 待结案, 超时, 预警, 督办, whistle calls) with its count, its red/yellow/green lights and the steps it can batch',
        response: { 200: WorkbenchResponse },
      },
    },
    async (request) => workbenchCounts(deps, signedInUser(request)),
  );

  app.get(
    '/api/workbench/stream',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['workbench'],
        summary:
          'My workbench counts as Server-Sent Events: a `counts` event (the body of GET /api/workbench) at once and whenever a case or whistle step changes them, a comment every 20 s',
        response: {
          200: {
            description: 'the stream, open until the client or the server closes it',
            content: { 'text/event-stream': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      signedInUser(request);
      return streamCounts(deps, live, request, reply);
    },
  );

  app.get(
    '/api/workbench/queues/:queue',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['workbench'],
        summary: "One of my queues' cases, sorted (deadline or reported) and filtered; personal data masked",
        params: WorkbenchQueueParams,
        querystring: WorkbenchListQuery,
        response: { 200: WorkbenchCasePage, 403: ErrorSchema },
      },
    },
    async (request) =>
      queueCases(deps, staffOnly(signedInUser(request)), request.params.queue, request.query),
  );

  app.get(
    '/api/workbench/done',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['workbench'],
        summary: '已办: the cases I took a step on, the latest first, with my last step',
        querystring: WorkbenchDoneQuery,
        response: { 200: WorkbenchDonePage, 403: ErrorSchema },
      },
    },
    async (request) => {
      const user = staffOnly(signedInUser(request));
      return doneCases(deps, user, request.query.page, request.query.pageSize);
    },
  );
}
