import {
  ErrorSchema,
  IssuedOpen311ClientResponse,
  IssueOpen311ClientBody,
  Open311ClientParams,
  Open311ClientsResponse,
  RevokedOpen311ClientResponse,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { issueClient, listClients, revokeClient } from './clients.service.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** Admins issue, list and revoke the API keys of Open311 clients, each scoped to a region. */
export function registerOpen311ClientRoutes(app: App, db: Db, regions: RegionsService): void {
  app.post(
    '/api/open311/clients',
    {
      preHandler: requirePermission('open311:manage'),
      schema: {
        tags: ['open311'],
        summary: 'Issue an API key to an Open311 client for a region; the key is shown in this answer only',
        body: IssueOpen311ClientBody,
        response: { 201: IssuedOpen311ClientResponse, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueClient(db, regions, signedInUser(request), request.body)),
  );

  app.get(
    '/api/open311/clients',
    {
      preHandler: requirePermission('open311:manage'),
      schema: {
        tags: ['open311'],
        summary: 'Open311 clients in your jurisdiction, revoked ones included; keys are never shown again',
        response: { 200: Open311ClientsResponse, ...Errors },
      },
    },
    async (request) => ({ items: await listClients(db, signedInUser(request)) }),
  );

  app.delete(
    '/api/open311/clients/:id',
    {
      preHandler: requirePermission('open311:manage'),
      schema: {
        tags: ['open311'],
        summary: 'Revoke a client key at once; what it reported stays readable',
        params: Open311ClientParams,
        response: { 200: RevokedOpen311ClientResponse, ...Errors },
      },
    },
    async (request) => ({ client: await revokeClient(db, signedInUser(request), request.params.id) }),
  );
}
