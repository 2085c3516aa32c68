import {
  ArrivalResult,
  ArriveBody,
  CallParams,
  CancelBody,
  CloseBody,
  CompleteBody,
  EscalationBody,
  EscalationResult,
  IssueBody,
  OrderParams,
  WhistleDetail,
  WhistleList,
  WhistleListQuery,
} from '@needle/contract';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import type { LiveStreams } from '../../lib/changes/event-stream.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { acknowledgeCall } from './acknowledge-call.js';
import { arriveOnCall } from './arrive-call.js';
import { cancelWhistle } from './cancel-whistle.js';
import { closeWhistle } from './close-whistle.js';
import { completeCall } from './complete-call.js';
import { escalateCase } from './escalate-case.js';
import { registerEvaluationRoutes } from './evaluations.routes.js';
import { getWhistle } from './get-whistle.js';
import { issueWhistle } from './issue-whistle.js';
import { listWhistles } from './list-whistles.js';
import { registerPartnerUnitRoutes } from './partner-units.routes.js';
import type { WhistleDeps } from './whistle-deps.js';
import { streamWhistle } from './whistle-stream.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['whistles'];

/** 吹哨报到: whistle orders and report-ins, partner units, and the two-way evaluation. */
export function registerWhistleRoutes(app: App, deps: WhistleDeps, live: LiveStreams): void {
  app.get(
    '/api/whistles',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary: 'Whistle orders you issued, oversee or were called by; filtered and paged',
        querystring: WhistleListQuery,
        response: { 200: WhistleList, ...Errors },
      },
    },
    async (request) => {
      const { level, ...rest } = request.query;
      return listWhistles(deps, signedInUser(request), {
        ...rest,
        level: level === 2 || level === 3 ? level : undefined,
      });
    },
  );

  app.post(
    '/api/whistles',
    {
      preHandler: requirePermission('whistles:issue'),
      schema: {
        tags,
        summary:
          'Issue a whistle order (哨令): a community calls its grid members, a street its departments and partner units',
        body: IssueBody,
        response: { 201: WhistleDetail, ...Errors },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const id = await issueWhistle(deps, user, request.body);
      return reply.status(201).send(await getWhistle(deps, user, id));
    },
  );

  app.post(
    '/api/whistles/escalations',
    {
      preHandler: requirePermission('whistles:issue'),
      schema: {
        tags,
        summary:
          'Escalate a case the community cannot solve to its street (上报街道), which may then whistle',
        body: EscalationBody,
        response: { 201: EscalationResult, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await escalateCase(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/whistles/:id',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary: 'One whistle order with its calls (late flags), cases and timeline',
        params: OrderParams,
        response: { 200: WhistleDetail, ...Errors },
      },
    },
    async (request) => getWhistle(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/whistles/:id/stream',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary:
          'One whistle order kept live as Server-Sent Events: an `order` event (the body of GET /api/whistles/:id) at once and whenever a report-in or any other step changes it, a comment every 20 s',
        params: OrderParams,
        response: {
          200: {
            description: 'the stream, open until the client or the server closes it',
            content: { 'text/event-stream': { schema: Type.String() } },
          },
          ...Errors,
        },
      },
    },
    async (request, reply) =>
      streamWhistle(deps, live, request, reply, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/whistles/:id/calls/:callId/acknowledge',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary:
          'The called unit acknowledges the whistle (the issuing street records it for a partner unit)',
        params: CallParams,
        response: { 200: WhistleDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await acknowledgeCall(deps, user, request.params.id, request.params.callId);
      return getWhistle(deps, user, request.params.id);
    },
  );

  app.post(
    '/api/whistles/:id/calls/:callId/arrive',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary: 'Report in on site (报到) with position and photo; after the deadline it is flagged late',
        params: CallParams,
        body: ArriveBody,
        response: { 200: ArrivalResult, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const { late } = await arriveOnCall(deps, user, request.params.id, request.params.callId, request.body);
      return { late, whistle: await getWhistle(deps, user, request.params.id) };
    },
  );

  app.post(
    '/api/whistles/:id/calls/:callId/complete',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary: 'The called unit reports its part of the task done',
        params: CallParams,
        body: CompleteBody,
        response: { 200: WhistleDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await completeCall(deps, user, request.params.id, request.params.callId, request.body.note);
      return getWhistle(deps, user, request.params.id);
    },
  );

  app.post(
    '/api/whistles/:id/close',
    {
      preHandler: requirePermission('whistles:issue'),
      schema: {
        tags,
        summary:
          'Close the order once its cases are closed (a campaign: once every call is completed); counts problems solved',
        params: OrderParams,
        body: CloseBody,
        response: { 200: WhistleDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await closeWhistle(deps, user, request.params.id, request.body.note);
      return getWhistle(deps, user, request.params.id);
    },
  );

  app.post(
    '/api/whistles/:id/cancel',
    {
      preHandler: requirePermission('whistles:issue'),
      schema: {
        tags,
        summary: 'Call the whistle off, saying why; everyone called is told',
        params: OrderParams,
        body: CancelBody,
        response: { 200: WhistleDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await cancelWhistle(deps, user, request.params.id, request.body.reason);
      return getWhistle(deps, user, request.params.id);
    },
  );

  registerEvaluationRoutes(app, deps);
  registerPartnerUnitRoutes(app, deps);
}
