import {
  CalendarDayParams,
  CalendarOverrideBody,
  CalendarOverrideSchema,
  CalendarQuery,
  CalendarResponse,
  ErrorSchema,
  RemoveCalendarOverrideResponse,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CalendarService } from './calendar.service.js';

export function registerCalendarRoutes(app: App, calendar: CalendarService): void {
  app.get(
    '/api/calendar',
    {
      // Everyone sees deadlines, so everyone may see the working days they are counted on.
      preHandler: async (request) => {
        signedInUser(request);
      },
      schema: {
        tags: ['calendar'],
        summary: 'The working calendar (工作日历) day by day, at most 366 days at a time',
        querystring: CalendarQuery,
        response: { 200: CalendarResponse, 400: ErrorSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return { days: calendar.days(from, to), unpublishedYears: calendar.unpublishedYears(from, to) };
    },
  );

  app.put(
    '/api/calendar/overrides/:day',
    {
      preHandler: requirePermission('calendar:write'),
      schema: {
        tags: ['calendar'],
        summary: 'Make a day a working day or a holiday, whatever the published arrangement says',
        params: CalendarDayParams,
        body: CalendarOverrideBody,
        response: { 200: CalendarOverrideSchema, 400: ErrorSchema },
      },
    },
    async (request) =>
      calendar.setOverride(signedInUser(request), request.params.day, request.body.kind, request.body.note),
  );

  app.delete(
    '/api/calendar/overrides/:day',
    {
      preHandler: requirePermission('calendar:write'),
      schema: {
        tags: ['calendar'],
        summary: 'Give a day back to the published holiday arrangement',
        params: CalendarDayParams,
        response: { 204: RemoveCalendarOverrideResponse, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      await calendar.removeOverride(signedInUser(request), request.params.day);
      return reply.status(204).send(null);
    },
  );
}
