import {
  DoorCodeIssued,
  Household,
  HouseholdBody,
  HouseholdList,
  HouseholdParams,
  HouseholdsQuery,
  MyHousehold,
  RedeemDoorCodeBody,
  VerifiedResident,
  VerifiedResidentList,
  VerifyResidentBody,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { CommunityDeps } from './community-deps.js';
import { issueDoorCode, redeemDoorCode } from './door-codes.js';
import { listHouseholds, registerHousehold } from './households.js';
import { registryPrefix } from './registry-office.js';
import { listVerifiedResidents, myHousehold } from './verified-residents.js';
import { verifyResident } from './verify-resident.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['voters'];

const registrarOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  registryPrefix(signedInUser(request));
};

/** The household registry and resident verification: who may vote as a resident of a community. */
export function registerVotersRoutes(app: App, deps: CommunityDeps): void {
  app.get(
    '/api/households',
    {
      preHandler: registrarOnly,
      schema: {
        tags,
        summary: 'The household registries (places) of the communities you keep',
        querystring: HouseholdsQuery,
        response: { 200: HouseholdList, ...Errors },
      },
    },
    async (request) => listHouseholds(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/households',
    {
      preHandler: registrarOnly,
      schema: {
        tags,
        summary: "Put a household (a place: building, unit, door) on a community's registry",
        body: HouseholdBody,
        response: { 201: Household, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerHousehold(deps, signedInUser(request), request.body)),
  );

  app.post(
    '/api/households/:id/door-code',
    {
      preHandler: registrarOnly,
      schema: {
        tags,
        summary:
          'Print a one-time door code (入户码) for the household: the code is in this answer only, and replaces an unused one',
        params: HouseholdParams,
        response: { 201: DoorCodeIssued, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueDoorCode(deps, signedInUser(request), request.params.id)),
  );

  app.post(
    '/api/households/:id/residents',
    {
      preHandler: registrarOnly,
      schema: {
        tags,
        summary:
          'Verify the resident in front of you (by the number they signed up with) against the household',
        params: HouseholdParams,
        body: VerifyResidentBody,
        response: { 201: VerifiedResident, ...Errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await verifyResident(deps, signedInUser(request), request.params.id, request.body.phone)),
  );

  app.get(
    '/api/verified-residents',
    {
      preHandler: registrarOnly,
      schema: {
        tags,
        summary:
          'The verified residents of the communities you keep, masked: whom a vote’s electorate is named from',
        querystring: HouseholdsQuery,
        response: { 200: VerifiedResidentList, ...Errors },
      },
    },
    async (request) => listVerifiedResidents(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/my/household',
    {
      schema: {
        tags,
        summary: 'The household you are verified for, if any',
        response: { 200: MyHousehold, ...Errors },
      },
    },
    async (request) => myHousehold(deps.db, signedInUser(request).id),
  );

  app.post(
    '/api/my/household',
    {
      schema: {
        tags,
        summary: 'Redeem the door code handed out at your door to be verified for that household',
        body: RedeemDoorCodeBody,
        response: { 201: MyHousehold, ...Errors, 429: ErrorSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await redeemDoorCode(deps, signedInUser(request), request.body.code)),
  );
}
