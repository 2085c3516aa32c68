import { Type } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { takeAction } from './act.js';
import type { CaseDeps } from './case-deps.js';
import { getCase, listCases } from './case-queries.js';
import {
  ActionBody,
  ActionParams,
  CaseSchema,
  IdempotencyHeaders,
  IntakeBody,
  ListQuery,
  NearbySchema,
  TimelineEvent,
} from './cases.schemas.js';
import { findNearbyOpenCases, followCase, linkDuplicate, unlinkDuplicate } from './duplicates.js';
import { intakeCase } from './intake.js';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema };
const CaseDetail = Type.Object({
  case: CaseSchema,
  timeline: Type.Array(TimelineEvent),
  supervisions: Type.Array(
    Type.Object({
      id: Type.String(),
      note: Type.String(),
      at: Type.String(),
      reply: Type.Union([Type.String(), Type.Null()]),
      repliedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  duplicates: Type.Array(Type.Object({ id: Type.String(), code: Type.String() })),
  /** What the viewer may do now, by the same rules that will judge it. */
  allowedActions: Type.Array(Type.String()),
});

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
          201: Type.Object({
            case: CaseSchema,
            replayed: Type.Boolean(),
            possibleDuplicates: Type.Array(NearbySchema),
          }),
          200: Type.Object({
            case: CaseSchema,
            replayed: Type.Boolean(),
            possibleDuplicates: Type.Array(NearbySchema),
          }),
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
      const { case: created } = await getCase(deps, user, caseId);
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
        querystring: Type.Object(
          {
            lat: Type.Number({ minimum: -90, maximum: 90 }),
            lng: Type.Number({ minimum: -180, maximum: 180 }),
            categoryCode: Type.String({ pattern: '^[CE][0-9]{4}$' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(NearbySchema) }) },
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
        querystring: ListQuery,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            items: Type.Array(CaseSchema),
          }),
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
        params: IdParams,
        response: { 200: CaseDetail, ...Errors },
      },
    },
    async (request) => getCase(deps, signedInUser(request), request.params.id),
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
        params: IdParams,
        response: { 204: Type.Null(), ...Errors },
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
        params: IdParams,
        body: Type.Object({ masterCaseId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
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
        params: IdParams,
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
