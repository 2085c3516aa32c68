import {
  CareDueList,
  CareDueQuery,
  CareOverdueCounts,
  CareOverdueCountsQuery,
  CareSchedule,
  CareScheduleBody,
  CareScheduleList,
  CareTag,
  CareTagBody,
  CareTagList,
  CareVisitBody,
  CareVisitList,
  CareVisitSaved,
  CareVisitsQuery,
  RegistryHeaders,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { type CareDeps, careDueFor, careOverdueCounts } from './care-due.js';
import { addCareTag, listCareTags, listSchedules, setSchedule } from './care-settings.js';
import { recordVisit, visitsOf } from './record-visit.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['care'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 关爱走访: care groups, their visit schedules, visits with notes and photos, and overdue visits. */
export function registerCareRoutes(app: App, deps: CareDeps): void {
  app.get(
    '/api/care/tags',
    {
      preHandler: signedIn,
      schema: { tags, summary: 'The care groups', response: { 200: CareTagList, ...Errors } },
    },
    async () => listCareTags(deps),
  );

  app.post(
    '/api/care/tags',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Add a care group of the city's own (administrators)",
        body: CareTagBody,
        response: { 201: CareTag, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addCareTag(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/care/schedules',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "How often each care group is visited: the city's defaults and your communities' own",
        response: { 200: CareScheduleList, ...Errors },
      },
    },
    async (request) => listSchedules(deps, signedInUser(request)),
  );

  app.put(
    '/api/care/schedules',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Set a care group's visit interval for a community (its staff) or the city (administrators)",
        body: CareScheduleBody,
        response: { 200: CareSchedule, ...Errors },
      },
    },
    async (request) => setSchedule(deps, signedInUser(request), request.body),
  );

  app.get(
    '/api/care/due',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Residents under care in your area with their next visit due, overdue ones flagged; names masked',
        querystring: CareDueQuery,
        response: { 200: CareDueList, ...Errors },
      },
    },
    async (request) => careDueFor(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/care/overdue-counts',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Per community (or grid) of a region: residents under care and visits overdue',
        querystring: CareOverdueCountsQuery,
        response: { 200: CareOverdueCounts, ...Errors },
      },
    },
    async (request) => careOverdueCounts(deps, signedInUser(request), request.query.regionCode),
  );

  app.post(
    '/api/care/visits',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Record a care visit with notes and photos; a retry with the same Idempotency-Key returns the first',
        headers: RegistryHeaders,
        body: CareVisitBody,
        response: { 201: CareVisitSaved, 200: CareVisitSaved, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const saved = await recordVisit(
        deps,
        signedInUser(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(saved.replayed ? 200 : 201).send(saved);
    },
  );

  app.get(
    '/api/care/visits',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "A resident's care visits, newest first",
        querystring: CareVisitsQuery,
        response: { 200: CareVisitList, ...Errors },
      },
    },
    async (request) => visitsOf(deps, signedInUser(request), request.query.residentId),
  );
}
