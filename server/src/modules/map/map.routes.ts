import { BaseMapSchema, ErrorSchema, MapCasesQuery, MapCasesResponse } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { settingsCache } from '../settings/settings.service.js';
import { mapCases } from './map-cases.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema };

export function registerMapRoutes(app: App, db: Db): void {
  app.get(
    '/api/map/cases',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['map'],
        summary:
          'The cases of your jurisdiction to draw on the map, as columns (id, lat, lng, light, status, category); no personal data',
        querystring: MapCasesQuery,
        response: { 200: MapCasesResponse, ...Errors },
      },
    },
    async (request, reply) => {
      const answer = await mapCases(db, signedInUser(request), request.query);
      // The schema's serializer walks 300,000 array entries one by one; the engine's own JSON.stringify
      // writes the same text in a fraction of the time.
      return reply.serializer(JSON.stringify).send(answer);
    },
  );

  app.get(
    '/api/map/base-map',
    {
      schema: {
        tags: ['map'],
        summary:
          'The tiles under the map, as the admin chose them (setting baseMap); for every signed-in user',
        response: { 200: BaseMapSchema, 401: ErrorSchema },
      },
    },
    async (request) => {
      // Every map needs it, so it is not behind settings:read, which residents and couriers lack.
      signedInUser(request);
      return (await settingsCache.get(db)).baseMap;
    },
  );
}
