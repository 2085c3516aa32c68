import {
  ActionBody,
  ActionParams,
  CaseDetail,
  CaseFieldTies,
  CaseListQuery,
  CasePage,
  CaseParams,
  IdempotencyHeaders,
  IntakeBody,
  IntakeResult,
  LinkBody,
  NearbyList,
  NearbyQuery,
  NoContent,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { takeAction } from './act.js';
import type { CaseDeps } from './case-deps.js';
import { caseFor, getCase, listCases } from './case-queries.js';
import { findNearbyOpenCases, followCase, linkDuplicate, unlinkDuplicate } from './duplicates.js';
import { fieldTiesOf } from './field-ties.js';
import { intakeCase } from './intake.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema };

export function registerCaseRoutes(app: App, deps: CaseDeps): void {
  app.post(
    '/api/cases',
    {
      preHandler: requirePermission('cases:report'),
      schema: {
        tags: ['cases'],
        summary:
          'Report a problem: it becomes a case, routed and timed; a retry with the same Idempotency-Key returns the first',
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: {
          201: IntakeResult,
          200: IntakeResult,
          ...Errors,
        },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { caseId, replayed } = await intakeCase(
        deps,
        user,
        request.body,
        request.headers['idempotency-key'],
      );
      const { view: created } = await caseFor(deps, user, caseId, deps.now?.() ?? new Date());
      const possibleDuplicates = replayed ? [] : await findNearbyOpenCases(deps, created, caseId);
      return reply.status(replayed ? 200 : 201).send({ case: created, replayed, possibleDuplicates });
    },
  );

  app.get(
    '/api/cases/nearby',
    {
      preHandler: requirePermission('cases:report'),
      schema: {
        tags: ['cases'],
        summary:
          'Open cases of a category near a point: before reporting, follow one of them instead ("me too")',
        querystring: NearbyQuery,
        response: { 200: NearbyList },
      },
    },
    async (request) => ({ items: await findNearbyOpenCases(deps, request.query) }),
  );

  app.get(
    '/api/cases',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['cases'],
        summary: 'Cases in your jurisdiction, filtered and paged; personal data masked',
        querystring: CaseListQuery,
        response: {
          200: CasePage,
          ...Errors,
        },
      },
    },
    async (request) => listCases(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/cases/:id',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['cases'],
        summary: 'One case with its timeline, supervision notes and duplicates',
        params: CaseParams,
        response: { 200: CaseDetail, ...Errors },
      },
    },
    async (request) => getCase(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/field-ties',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['cases'],
        summary: 'The patrol a case was raised on and the shop it was reported at, if any',
        params: CaseParams,
        response: { 200: CaseFieldTies, ...Errors },
      },
    },
    async (request) => fieldTiesOf(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/actions/:action',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['cases'],
        summary:
          'Take a step of the loop: verify, register, file, dispatch, accept, return, feedback, check, close, rate …; reroute (改派, to a named unit) or relocate (重新定位, to a point routed again) a misrouted case',
        params: ActionParams,
        body: ActionBody,
        response: { 200: CaseDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await takeAction(deps, user, request.params.id, request.params.action, request.body);
      return getCase(deps, user, request.params.id);
    },
  );

  app.post(
    '/api/cases/:id/follow',
    {
      preHandler: requirePermission('cases:report'),
      schema: {
        tags: ['cases'],
        summary: '"Me too": follow an open case instead of reporting it again',
        params: CaseParams,
        response: { 204: NoContent, ...Errors },
      },
    },
    async (request, reply) => {
      await followCase(deps, signedInUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/cases/:id/link',
    {
      preHandler: requirePermission('cases:link'),
      schema: {
        tags: ['cases'],
        summary: 'Mark the case as a duplicate of a master case',
        params: CaseParams,
        body: LinkBody,
        response: { 200: CaseDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await linkDuplicate(deps, user, request.params.id, request.body.masterCaseId);
      return getCase(deps, user, request.params.id);
    },
  );

  app.delete(
    '/api/cases/:id/link',
    {
      preHandler: requirePermission('cases:link'),
      schema: {
        tags: ['cases'],
        summary: 'Unlink a duplicate from its master',
        params: CaseParams,
        response: { 200: CaseDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await unlinkDuplicate(deps, user, request.params.id);
      return getCase(deps, user, request.params.id);
    },
  );
}
