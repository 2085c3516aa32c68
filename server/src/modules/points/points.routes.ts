import { ErrorSchema, PointsQuery, PointsSchema } from '@needle/contract';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { settingsCache } from '../settings/settings.service.js';
import { listPoints } from './list-points.js';

// Everyone signed in has points, most of them none: no permission beyond being signed in.
const signedIn = async (request: FastifyRequest): Promise<void> => {
  signedInUser(request);
};

export function registerPointsRoutes(app: App, db: Db): void {
  app.get(
    '/api/points',
    {
      preHandler: signedIn,
      schema: {
        tags: ['points'],
        summary:
          'Your own points (积分): what you may spend, what is on hold and what expires soon, and a page of the history, newest first',
        querystring: PointsQuery,
        response: { 200: PointsSchema, 400: ErrorSchema, 401: ErrorSchema },
      },
    },
    async (request) => {
      const { pointsExpiryMonths } = await settingsCache.get(db);
      return listPoints(db, signedInUser(request).id, request.query, {
        now: new Date(),
        months: pointsExpiryMonths,
      });
    },
  );
}
