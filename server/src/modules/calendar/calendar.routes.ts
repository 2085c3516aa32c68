import { Type } from '@fastify/type-provider-typebox';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CalendarService } from './calendar.service.js';

const Day = Type.String({ format: 'date', description: 'a China calendar day, YYYY-MM-DD' });
const DayKindSchema = Type.Enum(['workday', 'holiday']);
const Override = Type.Object({ day: Type.String(), kind: DayKindSchema, note: Type.String() });

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
        querystring: Type.Object({ from: Day, to: Day }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            days: Type.Array(
              Type.Object({
                day: Type.String(),
                isWorkingDay: Type.Boolean(),
                overridden: Type.Boolean(),
                note: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
            unpublishedYears: Type.Array(Type.Integer(), {
              description: 'years whose public holidays are not yet known: Monday to Friday is assumed',
            }),
          }),
          400: ErrorSchema,
        },
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
        params: Type.Object({ day: Day }),
        body: Type.Object(
          { kind: DayKindSchema, note: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false, examples: [{ kind: 'holiday', note: '台风停工' }] },
        ),
        response: { 200: Override, 400: ErrorSchema },
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
        params: Type.Object({ day: Day }),
        response: { 204: Type.Null(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      await calendar.removeOverride(signedInUser(request), request.params.day);
      return reply.status(204).send(null);
    },
  );
}
