import { KpiQuery, KpiResponse, RankingsQuery, RankingsResponse, RebuildResult } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { rebuildKpis } from './rollup/rebuild.js';
import { kpisFor, periodOf, rankings } from './stats.service.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

export function registerStatsRoutes(app: App, db: Db, regions: RegionsService): void {
  app.get(
    '/api/stats/kpis',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary: 'KPIs of a region (city to grid) or a department for a month or a range, from the rollups',
        querystring: KpiQuery,
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
        querystring: RankingsQuery,
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
          200: RebuildResult,
          403: ErrorSchema,
        },
      },
    },
    async () => rebuildKpis(db),
  );
}
