import {
  Checklist,
  ChecklistQuery,
  FollowUpBody,
  IdempotencyHeaders,
  InspectionBody,
  InspectionHeaders,
  InspectionIdParams,
  InspectionRecorded,
  InspectionTarget,
  InspectionTargetList,
  IntakeResult,
  OrdersQuery,
  PublicShop,
  RectificationOrder,
  RectificationOrderList,
  ShopCode,
  ShopCodeParams,
  ShopReportBody,
  SurpriseBody,
  TargetBody,
  TargetsQuery,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { caseFor } from '../cases/case-queries.js';
import { followUp, listOrders, scheduleSurprise } from './follow-up.js';
import { recordInspection } from './record-inspection.js';
import { publicShop, reportAtShop, shopCodeOf } from './shop-public.js';
import { addTarget, checklistOf, listTargets } from './targets.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['inspections'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** Safety inspections, rectification orders with 回头看, and shop codes (一户一码). */
export function registerInspectionRoutes(app: App, deps: CaseDeps): void {
  const now = () => deps.now?.() ?? new Date();

  app.post(
    '/api/inspection-targets',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Add a shop, site, firm or stall to inspect',
        body: TargetBody,
        response: { 201: InspectionTarget, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTarget(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/inspection-targets',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Targets of your area with their open and overdue orders; repeat offenders flagged',
        querystring: TargetsQuery,
        response: { 200: InspectionTargetList, ...Errors },
      },
    },
    async (request) => listTargets(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/inspection-checklists',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'What is checked at a kind of target',
        querystring: ChecklistQuery,
        response: { 200: Checklist, ...Errors },
      },
    },
    async (request) => checklistOf(deps, request.query.kind),
  );

  app.get(
    '/api/inspection-targets/:id/code',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "A shop's signed code to print (一户一码)",
        params: InspectionIdParams,
        response: { 200: ShopCode, ...Errors },
      },
    },
    async (request) => shopCodeOf(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/inspections',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Record an inspection; each failed item becomes a rectification order with a deadline',
        headers: InspectionHeaders,
        body: InspectionBody,
        response: { 201: InspectionRecorded, 200: InspectionRecorded, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const done = await recordInspection(
        deps,
        signedInUser(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(done.replayed ? 200 : 201).send(done);
    },
  );

  app.get(
    '/api/rectification-orders',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Rectification orders of your area; overdue ones escalated like overdue cases',
        querystring: OrdersQuery,
        response: { 200: RectificationOrderList, ...Errors },
      },
    },
    async (request) => listOrders(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/rectification-orders/:id/follow-ups',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: '回头看: confirm the order fixed (it closes) or reopen it with a new deadline',
        params: InspectionIdParams,
        body: FollowUpBody,
        response: { 200: RectificationOrder, ...Errors },
      },
    },
    async (request) => followUp(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/rectification-orders/:id/surprise',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Schedule a surprise follow-up at a random moment before a day',
        params: InspectionIdParams,
        body: SurpriseBody,
        response: { 200: RectificationOrder, ...Errors },
      },
    },
    async (request) => scheduleSurprise(deps, signedInUser(request), request.params.id, request.body.before),
  );

  app.get(
    '/api/public/shops/:code',
    {
      schema: {
        tags,
        summary:
          "A shop's public page from its code: name, duties, last inspection; a forged code is not found",
        params: ShopCodeParams,
        response: { 200: PublicShop, 404: ErrorSchema, 400: ErrorSchema },
      },
    },
    async (request) => publicShop(deps, request.params.code),
  );

  app.post(
    '/api/shops/:code/reports',
    {
      preHandler: requirePermission('cases:report'),
      schema: {
        tags,
        summary: 'Report a problem at a shop from its code: the case is placed at the shop and tied to it',
        params: ShopCodeParams,
        headers: IdempotencyHeaders,
        body: ShopReportBody,
        response: { 201: IntakeResult, 200: IntakeResult, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { caseId, replayed } = await reportAtShop(
        deps,
        user,
        request.params.code,
        request.body,
        request.headers['idempotency-key'],
      );
      const { view } = await caseFor(deps, user, caseId, now());
      return reply.status(replayed ? 200 : 201).send({ case: view, replayed, possibleDuplicates: [] });
    },
  );
}
