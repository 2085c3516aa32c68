import { CallDueDates, CallerHistory, CallerHistoryQuery, URGENCIES } from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { callerHistory } from './caller-history.js';

/** What the hotline console shows while a call is on: who is calling, and when a call taken now is due. */
export function registerCallConsoleRoutes(app: App, deps: CaseDeps): void {
  const takes = { preHandler: requirePermission('hotline:take') };

  app.get(
    '/api/hotline/callers/tickets',
    {
      ...takes,
      schema: {
        tags: ['hotline'],
        summary:
          "A caller's earlier tickets by the number they call from, newest first, while the call is on",
        querystring: CallerHistoryQuery,
        response: { 200: CallerHistory, 400: ErrorSchema },
      },
    },
    async (request) => ({
      tickets: await callerHistory(deps, signedInUser(request), request.query.phone),
    }),
  );

  app.get(
    '/api/hotline/due-dates',
    {
      ...takes,
      schema: {
        tags: ['hotline'],
        summary:
          'When a call taken now would be due, per urgency tier, on the working calendar: shown as the operator chooses',
        response: { 200: CallDueDates },
      },
    },
    async () => {
      // The same reckoning as taking the call (the intake's deadline from now), so the screen tells the truth.
      const now = deps.now?.() ?? new Date();
      const settings = await deps.settings();
      const calendar = deps.calendar.current();
      const dueAt = Object.fromEntries(
        URGENCIES.map((u) => [u, calendar.deadline(now, settings.hotlineUrgencyLimits[u]).toISOString()]),
      ) as Record<(typeof URGENCIES)[number], string>;
      return { now: now.toISOString(), dueAt };
    },
  );
}
