import {
  CallbackBody,
  CallbackResult,
  CaseIdParams,
  ContactBody,
  IdempotencyHeaders,
  SignBody,
  TakeCallBody,
  TakeCallResult,
  TicketDetail,
  TicketListQuery,
  TicketPage,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { recordCallback } from './callback.js';
import { takeHolderStep } from './holder-steps.js';
import { takeCall } from './take-call.js';
import { getTicket, listTickets } from './ticket-queries.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema };

/** The 12345 overlay (接诉即办): calls taken in, 签收, 响应, 回访, and a caller's repeated complaints. */
export function registerHotlineRoutes(app: App, deps: CaseDeps): void {
  app.post(
    '/api/hotline/tickets',
    {
      preHandler: requirePermission('hotline:take'),
      schema: {
        tags: ['hotline'],
        summary:
          'Take a 12345 call: a case timed by the urgency tier, with its ticket; a retry with the same Idempotency-Key returns the first',
        headers: IdempotencyHeaders,
        body: TakeCallBody,
        response: { 201: TakeCallResult, 200: TakeCallResult, ...Errors },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { caseId, replayed } = await takeCall(
        deps,
        user,
        request.body,
        request.headers['idempotency-key'],
      );
      const { ticket, case: c, related } = await getTicket(deps, user, caseId);
      return reply.status(replayed ? 200 : 201).send({ ticket, case: c, relatedTickets: related, replayed });
    },
  );

  app.get(
    '/api/hotline/tickets',
    {
      preHandler: requirePermission('hotline:read'),
      schema: {
        tags: ['hotline'],
        summary: '12345 tickets in your jurisdiction, filtered and paged; callers’ numbers masked',
        querystring: TicketListQuery,
        response: { 200: TicketPage, ...Errors },
      },
    },
    async (request) => listTickets(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/hotline/tickets/:caseId',
    {
      preHandler: requirePermission('hotline:read'),
      schema: {
        tags: ['hotline'],
        summary: "One ticket with its case and the same caller's other tickets, same kind of problem first",
        params: CaseIdParams,
        response: { 200: TicketDetail, ...Errors },
      },
    },
    async (request) => getTicket(deps, signedInUser(request), request.params.caseId),
  );

  app.post(
    '/api/hotline/tickets/:caseId/sign',
    {
      preHandler: requirePermission('hotline:read'),
      schema: {
        tags: ['hotline'],
        summary: '签收: the unit holding the case signs for the ticket, once',
        params: CaseIdParams,
        body: SignBody,
        response: { 200: TicketDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await takeHolderStep(deps, user, request.params.caseId, 'sign', request.body.note ?? '');
      return getTicket(deps, user, request.params.caseId);
    },
  );

  app.post(
    '/api/hotline/tickets/:caseId/contact',
    {
      preHandler: requirePermission('hotline:read'),
      schema: {
        tags: ['hotline'],
        summary: '响应: the unit holding the case has contacted the caller, once, after signing',
        params: CaseIdParams,
        body: ContactBody,
        response: { 200: TicketDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await takeHolderStep(deps, user, request.params.caseId, 'contact', request.body.note);
      return getTicket(deps, user, request.params.caseId);
    },
  );

  app.post(
    '/api/hotline/tickets/:caseId/callback',
    {
      preHandler: requirePermission('hotline:take'),
      schema: {
        tags: ['hotline'],
        summary:
          '回访: the operator records the caller’s verdict once the case is handled; invalid callbacks may be repeated',
        params: CaseIdParams,
        body: CallbackBody,
        response: { 200: CallbackResult, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const followUp = await recordCallback(deps, user, request.params.caseId, request.body);
      return { ...(await getTicket(deps, user, request.params.caseId)), followUp };
    },
  );
}
