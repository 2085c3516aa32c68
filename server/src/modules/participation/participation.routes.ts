import { ParticipationDashboard, ParticipationDashboardQuery } from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { participationDashboard } from './participation-dashboard.js';
import type { ParticipationDeps } from './participation-deps.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema };

/** 参与看板: the figures of residents' participation for a community, a street or above. */
export function registerParticipationRoutes(app: App, deps: ParticipationDeps): void {
  app.get(
    '/api/participation/dashboard',
    {
      schema: {
        tags: ['participation'],
        summary:
          "A year of an area's participation: projects by state, wishes fulfilled, volunteer hours, deliberations, and each region below",
        querystring: ParticipationDashboardQuery,
        response: { 200: ParticipationDashboard, ...Errors },
      },
    },
    async (request) => participationDashboard(deps, signedInUser(request), request.query),
  );
}
