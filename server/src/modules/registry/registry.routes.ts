import {
  AccessRecordPage,
  AccessRecordsQuery,
  Building,
  BuildingBody,
  BuildingDetail,
  BuildingPage,
  BuildingsQuery,
  RegistryHeaders,
  RegistryHousehold,
  RegistryHouseholdBody,
  RegistryHouseholdSaved,
  RegistryIdParams,
  ResidentBody,
  ResidentExportQuery,
  ResidentPage,
  ResidentPatch,
  ResidentsQuery,
  RevealBody,
  RevealedResident,
  XlsxResponse,
} from '@needle/contract';
import { Type } from 'typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { download } from '../exports/exports.routes.js';
import { addResident, patchResident } from './edit-resident.js';
import { findResidents } from './find-residents.js';
import { buildingDetail, buildingView, listBuildings, myBuildings } from './list-buildings.js';
import type { RegistryDeps } from './registry-deps.js';
import { residentExport } from './resident-export.js';
import { listAccessRecords, revealResident } from './reveal-resident.js';
import { createBuilding } from './save-building.js';
import { createHousehold } from './save-household.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['registry'];
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};

/** 楼栋—单元—户—人: the registry, with residents' ID numbers and phones sealed and masked. */
export function registerRegistryRoutes(app: App, deps: RegistryDeps): void {
  app.post(
    '/api/registry/buildings',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Register a building of a grid with its units; it joins the address gazetteer',
        body: BuildingBody,
        response: { 201: Building, ...Errors },
      },
    },
    async (request, reply) => {
      const b = await createBuilding(deps, signedInUser(request), request.body);
      return reply.status(201).send(await buildingView(deps.db, b));
    },
  );

  app.get(
    '/api/registry/buildings',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Buildings of your area, with household, resident and care counts',
        querystring: BuildingsQuery,
        response: { 200: BuildingPage, ...Errors },
      },
    },
    async (request) => listBuildings(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/registry/my-buildings',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'The buildings your posts (building or unit leader) name, for keeping them current',
        response: { 200: Type.Array(Building), ...Errors },
      },
    },
    async (request) => myBuildings(deps, signedInUser(request)),
  );

  app.get(
    '/api/registry/buildings/:id',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'One building with its households and residents, masked; for its staff, grid worker and leaders',
        params: RegistryIdParams,
        response: { 200: BuildingDetail, ...Errors },
      },
    },
    async (request) => buildingDetail(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/registry/households',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Register a household in a unit with its residents; a retry with the same Idempotency-Key returns the first',
        headers: RegistryHeaders,
        body: RegistryHouseholdBody,
        response: { 201: RegistryHouseholdSaved, 200: RegistryHouseholdSaved, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const saved = await createHousehold(
        deps,
        signedInUser(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(saved.replayed ? 200 : 201).send(saved);
    },
  );

  app.post(
    '/api/registry/households/:id/residents',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Add a resident to a household',
        params: RegistryIdParams,
        body: ResidentBody,
        response: { 201: RegistryHousehold, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addResident(deps, signedInUser(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/registry/residents/:id',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Keep a resident current (a building or unit leader from the phone, or staff); returns the household',
        params: RegistryIdParams,
        body: ResidentPatch,
        response: { 200: RegistryHousehold, ...Errors },
      },
    },
    async (request) => patchResident(deps, signedInUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/registry/residents',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Residents of your area, masked: by care group, or by exact ID number or phone, or part of a name',
        querystring: ResidentsQuery,
        response: { 200: ResidentPage, ...Errors },
      },
    },
    async (request) => findResidents(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/exports/residents',
    {
      preHandler: signedIn,
      schema: {
        tags: ['exports', ...tags],
        summary: 'The resident search as .xlsx: the same area and filters, ID numbers and phones masked',
        querystring: ResidentExportQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(
        reply,
        [await residentExport(deps, signedInUser(request), request.query)],
        '居民台账',
        'residents',
      ),
  );

  app.post(
    '/api/registry/residents/:id/reveal',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          "A resident's full ID number and phone, for a stated reason; needs people:unmask and writes an access record",
        params: RegistryIdParams,
        body: RevealBody,
        response: { 200: RevealedResident, ...Errors },
      },
    },
    async (request) => revealResident(deps, signedInUser(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/registry/access-records',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: "Who saw residents' full personal data in your area, when and why",
        querystring: AccessRecordsQuery,
        response: { 200: AccessRecordPage, ...Errors },
      },
    },
    async (request) => listAccessRecords(deps, signedInUser(request), request.query),
  );
}
