import {
  FeedQuery,
  FeedResponse,
  KpiQuery,
  KpiResponse,
  RankingsQuery,
  RankingsResponse,
  RebuildResult,
  RisingCategoriesQuery,
  RisingCategoriesResponse,
  TrendQuery,
  TrendResponse,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { RegionsService } from '../regions/regions.service.js';
import { eventFeed } from './event-feed.js';
import { kpiTrend } from './kpi-trend.js';
import { risingCategories } from './rising-categories.js';
import { rebuildKpis } from './rollup/rebuild.js';
import { kpisFor, periodOf, rankings } from './stats.service.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/**
 * `reads` serves the figures (a read replica when one is configured: they may lag the primary by the
 * replication delay); `db` the rebuild, which writes.
 */
export function registerStatsRoutes(
  app: App,
  { db, reads }: { db: Db; reads: Db },
  regions: RegionsService,
): void {
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
    async (request) =>
      kpisFor(reads, signedInUser(request), { ...request.query, ...periodOf(request.query) }),
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
    async (request) => {
      const { kind, regionCode, q, page, pageSize } = request.query;
      return rankings(reads, regions, signedInUser(request), kind, periodOf(request.query), {
        regionCode,
        q,
        page,
        pageSize,
      });
    },
  );

  app.get(
    '/api/stats/trend',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary: 'The KPIs of each day or month of a period, for a region or a department, from the rollups',
        querystring: TrendQuery,
        response: { 200: TrendResponse, ...Errors },
      },
    },
    async (request) =>
      kpiTrend(reads, signedInUser(request), { ...request.query, ...periodOf(request.query) }),
  );

  app.get(
    '/api/stats/rising-categories',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary: 'The categories that rise fastest: reports in the period against the period before',
        querystring: RisingCategoriesQuery,
        response: { 200: RisingCategoriesResponse, ...Errors },
      },
    },
    async (request) =>
      risingCategories(reads, signedInUser(request), { ...request.query, ...periodOf(request.query) }),
  );

  app.get(
    '/api/stats/feed',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary:
          'The latest case events in your jurisdiction, newest first, without personal data (the big screen polls it)',
        querystring: FeedQuery,
        response: { 200: FeedResponse, ...Errors },
      },
    },
    async (request) => eventFeed(reads, regions, signedInUser(request), request.query),
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
