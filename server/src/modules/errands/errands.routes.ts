import {
  Errand,
  ErrandBody,
  ErrandList,
  ErrandStepBody,
  ErrandsQuery,
  FieldworkIdParams,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { listErrands, stepErrand, takeErrand } from './errands.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['errands'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 帮办代办: errands run for residents, with the office, the documents and the deadline. */
export function registerErrandRoutes(app: App, deps: CaseDeps): void {
  app.post(
    '/api/errands',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Take an errand on for a resident, with the documents handed over',
        body: ErrandBody,
        response: { 201: Errand, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await takeErrand(deps, signedInUser(request), request.body)),
  );
  app.post(
    '/api/errands/:id/steps',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Move an errand on: submitted, completed (documents returned) or cancelled',
        params: FieldworkIdParams,
        body: ErrandStepBody,
        response: { 200: Errand, ...Errors },
      },
    },
    async (request) => stepErrand(deps, signedInUser(request), request.params.id, request.body),
  );
  app.get(
    '/api/errands',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Errands of your area; a resident's own for them",
        querystring: ErrandsQuery,
        response: { 200: ErrandList, ...Errors },
      },
    },
    async (request) => listErrands(deps, signedInUser(request), request.query),
  );
}
