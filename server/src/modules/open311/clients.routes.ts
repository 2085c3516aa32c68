import { Type } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { issueClient, listClients, revokeClient } from './clients.service.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
// The pattern Postgres reads as a uuid; ajv's 'uuid' format also lets a `urn:uuid:` prefix through.
const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});
const Client = Type.Object({
  id: Type.String(),
  name: Type.String(),
  keyPrefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  regionCode: Type.String(),
  userId: Type.String({ description: 'The service account its submissions are made under' }),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});
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
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
            regionCode: Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ client: Client, apiKey: Type.String() }), ...Errors },
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
        response: { 200: Type.Object({ items: Type.Array(Client) }), ...Errors },
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
        params: Type.Object({ id: Uuid }),
        response: { 200: Type.Object({ client: Client }), ...Errors },
      },
    },
    async (request) => ({ client: await revokeClient(db, signedInUser(request), request.params.id) }),
  );
}
