import {
  Evaluation,
  EvaluationBody,
  EvaluationList,
  EvaluationListQuery,
  EvaluationParams,
  EvaluationSubmissionBody,
  EvaluationSubmissionHeaders,
  EvaluationSubmissionRecorded,
  ResidentEvaluation,
  ResidentEvaluationList,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { createEvaluation } from './create-evaluation.js';
import type { EvaluationDeps } from './evaluation-deps.js';
import { organiserPrefix } from './evaluation-office.js';
import { myEvaluation, myEvaluations } from './resident-evaluations.js';
import { closeEvaluation, getEvaluation, listEvaluations } from './staff-evaluations.js';
import { submitEvaluation } from './submit-evaluation.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };
const tags = ['evaluations'];

/** Lets through community and street staff (and the administrator); the domain scopes them further. */
const organiserOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  organiserPrefix(signedInUser(request));
};
/** Any signed-in user; whether they speak for a verified household is the domain's question. */
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 民事民评 / 比价评议: community staff set offers side by side; verified households score or vote. */
export function registerEvaluationRoutes(app: App, deps: EvaluationDeps): void {
  app.get(
    '/api/evaluations',
    {
      preHandler: organiserOnly,
      schema: {
        tags,
        summary:
          'The evaluations of the communities you run them for; results once closed, never a household',
        querystring: EvaluationListQuery,
        response: { 200: EvaluationList, ...Errors },
      },
    },
    async (request) => listEvaluations(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/evaluations',
    {
      preHandler: organiserOnly,
      schema: {
        tags,
        summary:
          'Set up an evaluation: the offers to compare, the criteria and weights (to score) or a vote, and when it is open',
        body: EvaluationBody,
        response: { 201: Evaluation, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEvaluation(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/evaluations/:id',
    {
      preHandler: organiserOnly,
      schema: {
        tags,
        summary: 'One evaluation: how many households took part, and the results once closed',
        params: EvaluationParams,
        response: { 200: Evaluation, ...Errors },
      },
    },
    async (request) => getEvaluation(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/evaluations/:id/close',
    {
      preHandler: organiserOnly,
      schema: {
        tags,
        summary: 'Close an evaluation before its time, for good, and publish its results',
        params: EvaluationParams,
        response: { 200: Evaluation, ...Errors, 409: ErrorSchema },
      },
    },
    async (request) => closeEvaluation(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/my/evaluations',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          "Your community's evaluations, for a resident of a verified household, with results once closed",
        response: { 200: ResidentEvaluationList, ...Errors },
      },
    },
    async (request) => myEvaluations(deps, signedInUser(request)),
  );

  app.get(
    '/api/my/evaluations/:id',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "One of your community's evaluations, and whether your household took part",
        params: EvaluationParams,
        response: { 200: ResidentEvaluation, ...Errors },
      },
    },
    async (request) => myEvaluation(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/my/evaluations/:id/submission',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          "Your household's one submission: every offer scored on every criterion (1–5), or a vote for one offer; a second from the household is refused (409)",
        params: EvaluationParams,
        headers: EvaluationSubmissionHeaders,
        body: EvaluationSubmissionBody,
        response: {
          201: EvaluationSubmissionRecorded,
          200: EvaluationSubmissionRecorded,
          ...Errors,
          409: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const recorded = await submitEvaluation(
        deps,
        signedInUser(request),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(recorded.replayed ? 200 : 201).send(recorded);
    },
  );
}
