import {
  CheckinBody,
  FinishBody,
  IdempotencyHeaders,
  IntakeBody,
  IntakeResult,
  Patrol,
  PatrolAssessment,
  PatrolCalendar,
  PatrolMonthQuery,
  PatrolPage,
  PatrolParams,
  PatrolPoint,
  PatrolPointBody,
  PatrolPointList,
  PatrolPointsQuery,
  PatrolRule,
  PatrolRuleBody,
  PatrolRuleList,
  PatrolStartBody,
  PatrolsQuery,
  PatrolTrack,
  TrackBatchBody,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { caseFor } from '../cases/case-queries.js';
import { checkIn } from './check-in.js';
import { getPatrol, listPatrols, patrolTrack } from './list-patrols.js';
import { raisePatrolCase } from './patrol-cases.js';
import { patrolAssessment, patrolCalendar } from './patrol-month.js';
import { addPatrolPoint, listPatrolPoints } from './patrol-points.js';
import { listPatrolRules, setPatrolRule } from './patrol-rules.js';
import { patrolView } from './patrol-view.js';
import { appendTrack, finishPatrol, startPatrol } from './run-patrol.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['patrols'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 一日两巡: patrols with their tracks, check-ins and cases; the calendar, the rule and the assessment. */
export function registerPatrolRoutes(app: App, deps: CaseDeps): void {
  app.post(
    '/api/patrols',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Start a patrol under the id the phone made; sent again, the patrol as it stands',
        body: PatrolStartBody,
        response: { 201: Patrol, 200: Patrol, ...Errors },
      },
    },
    async (request, reply) => {
      const { patrol, replayed } = await startPatrol(deps, signedInUser(request), request.body);
      return reply.status(replayed ? 200 : 201).send(await patrolView(deps.db, patrol));
    },
  );

  app.post(
    '/api/patrols/:id/track',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Add a numbered batch of track points; a batch sent again adds nothing',
        params: PatrolParams,
        body: TrackBatchBody,
        response: { 200: Patrol, ...Errors },
      },
    },
    async (request) => {
      const { patrol } = await appendTrack(deps, signedInUser(request), request.params.id, request.body);
      return patrolView(deps.db, patrol);
    },
  );

  app.post(
    '/api/patrols/:id/checkins',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Check in at a required point: by GPS within its radius, or by its QR code's token",
        params: PatrolParams,
        body: CheckinBody,
        response: { 200: Patrol, ...Errors },
      },
    },
    async (request) =>
      patrolView(deps.db, await checkIn(deps, signedInUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/patrols/:id/finish',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'End a patrol; sent again, nothing changes',
        params: PatrolParams,
        body: FinishBody,
        response: { 200: Patrol, ...Errors },
      },
    },
    async (request) =>
      patrolView(
        deps.db,
        await finishPatrol(deps, signedInUser(request), request.params.id, request.body.endedAt),
      ),
  );

  app.post(
    '/api/patrols/:id/cases',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Report a problem found on the patrol: a case tied to it; a retry with the same Idempotency-Key returns the first',
        params: PatrolParams,
        headers: IdempotencyHeaders,
        body: IntakeBody,
        response: { 201: IntakeResult, 200: IntakeResult, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { caseId, replayed } = await raisePatrolCase(
        deps,
        user,
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      const { view } = await caseFor(deps, user, caseId, deps.now?.() ?? new Date());
      return reply.status(replayed ? 200 : 201).send({ case: view, replayed, possibleDuplicates: [] });
    },
  );

  app.get(
    '/api/patrols',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Patrols of your area, newest first (a grid worker: their own)',
        querystring: PatrolsQuery,
        response: { 200: PatrolPage, ...Errors },
      },
    },
    async (request) => listPatrols(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/patrols/calendar',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "A month's patrols per worker and day against the rule, missed patrols flagged",
        querystring: PatrolMonthQuery,
        response: { 200: PatrolCalendar, ...Errors },
      },
    },
    async (request) => patrolCalendar(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/patrols/assessment',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          "A month's assessment per grid worker: patrols owed and made, time, distance, check-ins, cases, coverage",
        querystring: PatrolMonthQuery,
        response: { 200: PatrolAssessment, ...Errors },
      },
    },
    async (request) => patrolAssessment(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/patrols/:id',
    {
      preHandler: signedIn,
      schema: { tags, summary: 'One patrol', params: PatrolParams, response: { 200: Patrol, ...Errors } },
    },
    async (request) => getPatrol(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/patrols/:id/track',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "A patrol's track for playback, with its check-ins and the grid's required points",
        params: PatrolParams,
        response: { 200: PatrolTrack, ...Errors },
      },
    },
    async (request) => patrolTrack(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/patrol-points',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Your area's required patrol points, with their QR tokens",
        querystring: PatrolPointsQuery,
        response: { 200: PatrolPointList, ...Errors },
      },
    },
    async (request) => listPatrolPoints(deps, signedInUser(request), request.query.regionCode),
  );

  app.post(
    '/api/patrol-points',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Add a required patrol point to a grid',
        body: PatrolPointBody,
        response: { 201: PatrolPoint, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPatrolPoint(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/patrol-rules',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "How many patrols a day: the city's default and your area's own",
        response: { 200: PatrolRuleList, ...Errors },
      },
    },
    async (request) => listPatrolRules(deps, signedInUser(request)),
  );

  app.put(
    '/api/patrol-rules',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Set an area's patrol rule (staff) or the city's (administrators)",
        body: PatrolRuleBody,
        response: { 200: PatrolRule, ...Errors },
      },
    },
    async (request) => setPatrolRule(deps, signedInUser(request), request.body),
  );
}
