import { Type } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { rebuildKpis } from './rollup/rebuild.js';
import { KpiResponse, RankingsResponse } from './stats.schemas.js';
import { kpisFor, periodOf, rankings } from './stats.service.js';

const Month = Type.String({ pattern: '^20[0-9]{2}-(0[1-9]|1[0-2])$', examples: ['2026-11'] });
const Day = Type.String({ format: 'date' });
const PeriodQuery = {
  month: Type.Optional(Month),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};
const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

export function registerStatsRoutes(app: App, db: Db, regions: RegionsService): void {
  app.get(
    '/api/stats/kpis',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary: 'KPIs of a region (city to grid) or a department for a month or a range, from the rollups',
        querystring: Type.Object(
          {
            ...PeriodQuery,
            regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' })),
            departmentId: Type.Optional(Type.String({ format: 'uuid' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: KpiResponse, ...Errors },
      },
    },
    async (request) => kpisFor(db, signedInUser(request), { ...request.query, ...periodOf(request.query) }),
  );

  app.get(
    '/api/stats/rankings',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary:
          'The four monthly rankings (四类排名): streets, communities, grids, departments, with score breakdowns',
        querystring: Type.Object(
          {
            ...PeriodQuery,
            kind: Type.Union([
              Type.Literal('street'),
              Type.Literal('community'),
              Type.Literal('grid'),
              Type.Literal('department'),
            ]),
          },
          { additionalProperties: false },
        ),
        response: { 200: RankingsResponse, ...Errors },
      },
    },
    async (request) =>
      rankings(db, regions, signedInUser(request), request.query.kind, periodOf(request.query)),
  );

  app.post(
    '/api/stats/rebuild',
    {
      preHandler: requirePermission('stats:rebuild'),
      schema: {
        tags: ['stats'],
        summary: 'Recompute every KPI rollup from the event logs',
        response: {
          200: Type.Object({ events: Type.Integer(), rows: Type.Integer(), cases: Type.Integer() }),
          403: ErrorSchema,
        },
      },
    },
    async () => rebuildKpis(db),
  );
}
