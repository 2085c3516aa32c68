import {
  OrderParams,
  PartnerUnit,
  PartnerUnitBody,
  PartnerUnitList,
  PartnerUnitPatch,
  PartnerUnitsQuery,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { createPartnerUnit } from './create-partner-unit.js';
import { listPartnerUnits } from './list-partner-units.js';
import { updatePartnerUnit } from './update-partner-unit.js';
import type { WhistleDeps } from './whistle-deps.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['partner units'];

/** 联盟单位: the street's alliance, and whether each unit answers the whistles it promised. */
export function registerPartnerUnitRoutes(app: App, deps: WhistleDeps): void {
  app.get(
    '/api/partner-units',
    {
      preHandler: requirePermission('whistles:read'),
      schema: {
        tags,
        summary:
          'Partner units of your area with their whistles answered in the year against the promised minimum',
        querystring: PartnerUnitsQuery,
        response: { 200: PartnerUnitList, ...Errors },
      },
    },
    async (request) => listPartnerUnits(deps, signedInUser(request), request.query.year),
  );

  app.post(
    '/api/partner-units',
    {
      preHandler: requirePermission('partners:write'),
      schema: {
        tags,
        summary: "Enrol a unit in your street's (or a community's) alliance",
        body: PartnerUnitBody,
        response: { 201: PartnerUnit, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPartnerUnit(deps, signedInUser(request), request.body)),
  );

  app.patch(
    '/api/partner-units/:id',
    {
      preHandler: requirePermission('partners:write'),
      schema: {
        tags,
        summary:
          'Rename a partner unit, change its promised yearly responses, or take it out of the alliance',
        params: OrderParams,
        body: PartnerUnitPatch,
        response: { 200: PartnerUnit, ...Errors },
      },
    },
    async (request) => updatePartnerUnit(deps, signedInUser(request), request.params.id, request.body),
  );
}
