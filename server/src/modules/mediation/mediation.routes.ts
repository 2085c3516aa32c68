import {
  Dispute,
  DisputeBody,
  DisputeCounts,
  DisputeList,
  DisputesQuery,
  FieldworkIdParams,
  FollowedUpBody,
  SessionBody,
  SettleBody,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import {
  addSession,
  disputeCounts,
  followedUp,
  listDisputes,
  openDispute,
  settleDispute,
} from './mediation.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['mediation'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 矛盾调解: disputes with their parties, sessions, the agreement and the follow-up. */
export function registerMediationRoutes(app: App, deps: CaseDeps): void {
  app.post(
    '/api/disputes',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Open a dispute for mediation',
        body: DisputeBody,
        response: { 201: Dispute, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openDispute(deps, signedInUser(request), request.body)),
  );
  app.post(
    '/api/disputes/:id/sessions',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Record a mediation session',
        params: FieldworkIdParams,
        body: SessionBody,
        response: { 200: Dispute, ...Errors },
      },
    },
    async (request) => addSession(deps, signedInUser(request), request.params.id, request.body.note),
  );
  app.post(
    '/api/disputes/:id/settle',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'End the mediation: agreed (with a follow-up day) or failed',
        params: FieldworkIdParams,
        body: SettleBody,
        response: { 200: Dispute, ...Errors },
      },
    },
    async (request) => settleDispute(deps, signedInUser(request), request.params.id, request.body),
  );
  app.post(
    '/api/disputes/:id/follow-up',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Record the follow-up of an agreement',
        params: FieldworkIdParams,
        body: FollowedUpBody,
        response: { 200: Dispute, ...Errors },
      },
    },
    async (request) => followedUp(deps, signedInUser(request), request.params.id, request.body.note),
  );
  app.get(
    '/api/disputes',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Disputes of your area, parties masked',
        querystring: DisputesQuery,
        response: { 200: DisputeList, ...Errors },
      },
    },
    async (request) => listDisputes(deps, signedInUser(request), request.query.regionCode),
  );
  app.get(
    '/api/disputes/counts',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Mediations open, agreed and failed per grid or community',
        querystring: DisputesQuery,
        response: { 200: DisputeCounts, ...Errors },
      },
    },
    async (request) => disputeCounts(deps, signedInUser(request), request.query.regionCode),
  );
}
