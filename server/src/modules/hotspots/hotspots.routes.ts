import {
  AcceptHotspotBody,
  DismissHotspotBody,
  HotspotListQuery,
  HotspotParams,
  HotspotProposalDetail,
  HotspotProposalPage,
  HotspotProposalSchema,
  HotspotRunResult,
  KpiQuery,
  ProactiveFigureSchema,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { conflict } from '../../lib/errors/app-error.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { kpiScope, periodOf } from '../stats/stats.service.js';
import { acceptProposal, dismissProposal } from './decide-proposal.js';
import { detectNow } from './hotspot-schedule.js';
import { listProposals } from './list-proposals.js';
import { proactiveFigure } from './proactive-figure.js';
import { proposalDetail, visibleProposal } from './proposal-detail.js';
import { proposalView } from './proposal-view.js';

const Errors = { 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['hotspots'];

/** 未诉先办: what the hotspot detector proposes, on the workbench of the street it lies in. */
export function registerHotspotRoutes(app: App, deps: CaseDeps): void {
  const manage = requirePermission('hotspots:manage');
  const shown = async (user: Parameters<typeof visibleProposal>[1], id: string) =>
    proposalView(await visibleProposal(deps.db, user, id), deps.regions);

  app.get(
    '/api/hotspots/proposals',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'The hotspot proposals in my streets (growing clusters, problems back after closure, callers calling again): open first, then the newest',
        querystring: HotspotListQuery,
        response: { 200: HotspotProposalPage, 403: ErrorSchema },
      },
    },
    async (request) => listProposals(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/hotspots/proposals/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'A proposal with its evidence: the cases, the trend by day and the outline of its place',
        params: HotspotParams,
        response: { 200: HotspotProposalDetail, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => proposalDetail(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/hotspots/proposals/:id/accept',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Accept a proposal: open a proactive case at the place (未诉先办), or whistle departments there with its cases linked',
        params: HotspotParams,
        body: AcceptHotspotBody,
        response: { 200: HotspotProposalSchema, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const id = await acceptProposal(deps, user, request.params.id, request.body);
      return shown(user, id);
    },
  );

  app.post(
    '/api/hotspots/proposals/:id/dismiss',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Dismiss a proposal with the reason; the place is not proposed again for a week',
        params: HotspotParams,
        body: DismissHotspotBody,
        response: { 200: HotspotProposalSchema, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const id = await dismissProposal(deps, user, request.params.id, request.body.reason);
      return shown(user, id);
    },
  );

  app.post(
    '/api/hotspots/run',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Run the hotspot detector now over the new cases (or in full when its last full run is an hour old)',
        response: { 200: HotspotRunResult, 403: ErrorSchema, 409: ErrorSchema },
      },
    },
    async () => {
      const done = await detectNow(deps.db, deps.now?.() ?? new Date());
      if (done === 'busy')
        throw conflict('DETECTOR_BUSY', 'The detector is running already; try again in a moment');
      return done;
    },
  );

  app.get(
    '/api/stats/proactive',
    {
      preHandler: requirePermission('stats:read'),
      schema: {
        tags: ['stats'],
        summary:
          '未诉先办: the proactive cases of a region or department in a period, those opened before any complaint at their place and category, and the complaints that followed',
        querystring: KpiQuery,
        response: { 200: ProactiveFigureSchema, 400: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const period = periodOf(request.query);
      const filter = await kpiScope(deps.db, signedInUser(request), { ...request.query, ...period });
      return { period, ...(await proactiveFigure(deps.db, filter)) };
    },
  );
}
