import {
  AssessmentExportQuery,
  CaseExportQuery,
  RankingsExportQuery,
  TicketExportQuery,
  XlsxResponse,
} from '@needle/contract';
import type { FastifyReply } from 'fastify';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { caseExport } from './case-export.js';
import { assessmentExport, rankingExport } from './ranking-export.js';
import { ticketExport } from './ticket-export.js';
import { attachment, type SheetWriter, streamWorkbook, XLSX_TYPE } from './xlsx-sheet.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** Streams the workbook as a download named in Chinese (with an ASCII fallback). */
export function download(reply: FastifyReply, sheets: SheetWriter[], name: string, asciiName: string) {
  const { stream } = streamWorkbook(sheets);
  const day = chinaDayOf(new Date());
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(`${name}-${day}.xlsx`, `${asciiName}-${day}.xlsx`))
    .header('cache-control', 'no-store')
    .send(stream);
}

/** Excel exports (.xlsx) of the lists and the rankings, read through the same code as the pages. */
export function registerExportRoutes(app: App, deps: CaseDeps): void {
  app.get(
    '/api/exports/cases',
    {
      preHandler: requirePermission('cases:read'),
      schema: {
        tags: ['exports'],
        summary: 'The case list as .xlsx: the same filters and masking as GET /api/cases, every page',
        querystring: CaseExportQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(reply, [await caseExport(deps, signedInUser(request), request.query)], '案件列表', 'cases'),
  );

  app.get(
    '/api/exports/tickets',
    {
      preHandler: requirePermission('hotline:read'),
      schema: {
        tags: ['exports'],
        summary: 'The 12345 ticket list as .xlsx: the same filters and masking as GET /api/hotline/tickets',
        querystring: TicketExportQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(
        reply,
        [await ticketExport(deps, signedInUser(request), request.query)],
        '12345工单',
        'tickets',
      ),
  );

  app.get(
    '/api/exports/rankings',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['exports'],
        summary: 'One of the four rankings as .xlsx, every unit with its score breakdown and figures',
        querystring: RankingsExportQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(
        reply,
        [await rankingExport(deps.db, deps.regions, signedInUser(request), request.query)],
        '排名',
        `ranking-${request.query.kind}`,
      ),
  );

  app.get(
    '/api/exports/assessment',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['exports'],
        summary:
          '月度考核报表: a month’s KPIs and scores of every street, community and department, as .xlsx',
        querystring: AssessmentExportQuery,
        response: { 200: XlsxResponse, ...Errors },
      },
    },
    async (request, reply) =>
      download(
        reply,
        await assessmentExport(deps.db, deps.regions, signedInUser(request), request.query),
        `月度考核报表-${request.query.month}`,
        `assessment-${request.query.month}`,
      ),
  );
}
