import {
  MonthlyProblemDetailQuery,
  MonthlyProblemDetailResponse,
  MonthlyProblemParams,
  MonthlyProblemsQuery,
  MonthlyProblemsResponse,
  XlsxResponse,
} from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import { download } from '../exports/exports.routes.js';
import type { RegionsService } from '../regions/regions.service.js';
import { listMonthlyProblems } from './list-monthly-problems.js';
import { monthlyProblemDetail } from './monthly-problem-detail.js';
import { monthlyProblemsExport } from './monthly-problems-export.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/**
 * 每月一题: read like the other statistics (`reads` is the read replica when one is configured; the
 * figures may lag by its delay, as the rollups' own `asOf` says).
 */
export function registerMonthlyProblemRoutes(
  app: App,
  { reads, regions }: { reads: Db; regions: RegionsService },
) {
  app.get(
    '/api/monthly-problems',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary:
          '每月一题: the top problem of each district in your jurisdiction for a month, with its figures',
        querystring: MonthlyProblemsQuery,
        response: { 200: MonthlyProblemsResponse, ...Errors },
      },
    },
    async (request) =>
      listMonthlyProblems(reads, regions.directory, signedInUser(request), request.query.month),
  );

  app.get(
    '/api/monthly-problems/:districtCode',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary:
          '每月一题 of one district: the problem, a page of its complaints (no personal data), the actions taken and the weeks before and after',
        params: MonthlyProblemParams,
        querystring: MonthlyProblemDetailQuery,
        response: { 200: MonthlyProblemDetailResponse, ...Errors },
      },
    },
    async (request) =>
      monthlyProblemDetail(reads, regions.directory, signedInUser(request), {
        ...request.query,
        districtCode: request.params.districtCode,
      }),
  );

  app.get(
    '/api/exports/monthly-problems',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['exports'],
        summary:
          '每月一题 as .xlsx: each district’s problem, its weekly trend, the actions and its complaints',
        querystring: MonthlyProblemsQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(
        reply,
        await monthlyProblemsExport(reads, regions, signedInUser(request), request.query.month),
        `每月一题-${request.query.month}`,
        `monthly-problems-${request.query.month}`,
      ),
  );
}
