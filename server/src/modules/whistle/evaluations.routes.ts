import {
  CallEvaluationBody,
  CallEvaluationResult,
  CallParams,
  Evaluations,
  EvaluationsQuery,
  StreetEvaluation,
  StreetEvaluationBody,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { evaluateCall } from './evaluate-call.js';
import { evaluateStreet } from './evaluate-street.js';
import { getWhistle } from './get-whistle.js';
import { listEvaluations } from './list-evaluations.js';
import type { WhistleDeps } from './whistle-deps.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['whistles'];

/** 双向考核: streets score the departments' answers to whistles; departments score the streets monthly. */
export function registerEvaluationRoutes(app: App, deps: WhistleDeps): void {
  app.get(
    '/api/whistles/evaluations',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary:
          'Both directions of the two-way evaluation for a month (default: this one), in your jurisdiction',
        querystring: EvaluationsQuery,
        response: { 200: Evaluations, ...Errors },
      },
    },
    async (request) => listEvaluations(deps, signedInUser(request), request.query.month),
  );

  app.post(
    '/api/whistles/:id/calls/:callId/evaluation',
    {
      preHandler: requirePermission('evaluations:write'),
      schema: {
        tags,
        summary: "The issuing street scores a department's answer to its whistle, once per call",
        params: CallParams,
        body: CallEvaluationBody,
        response: { 201: CallEvaluationResult, ...Errors },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { id, callId } = request.params;
      const { score } = await evaluateCall(deps, user, id, callId, request.body);
      return reply.status(201).send({ score, whistle: await getWhistle(deps, user, id) });
    },
  );

  app.post(
    '/api/street-evaluations',
    {
      preHandler: requirePermission('evaluations:write'),
      schema: {
        tags,
        summary: 'A department scores a street it serves for a month, once per department, street and month',
        body: StreetEvaluationBody,
        response: { 201: StreetEvaluation, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await evaluateStreet(deps, signedInUser(request), request.body)),
  );
}
