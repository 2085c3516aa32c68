import { Type } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { TIME_LIMIT_UNITS } from '../../lib/calendar/index.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { HotlineSettingsSchema } from '../hotline/hotline-settings.schemas.js';
import { loadSettings, type NeedleSettings, SETTING_KEYS, updateSetting } from './settings.service.js';

const Clock = Type.String({ description: 'HH:MM, China time' });
const Settings = Type.Object({
  officeHours: Type.Object({
    start: Clock,
    end: Clock,
    breaks: Type.Optional(Type.Array(Type.Object({ start: Clock, end: Clock }))),
  }),
  duplicateRadiusMeters: Type.Number(),
  duplicateWindowDays: Type.Number(),
  reopenWindowDays: Type.Number(),
  ...HotlineSettingsSchema.properties,
  whistleReportHours: Type.Number(),
  open311RetryWindowMinutes: Type.Number(),
  stepLimits: Type.Record(
    Type.String(),
    Type.Object({ amount: Type.Number(), unit: Type.Enum(TIME_LIMIT_UNITS) }),
  ),
});

/** The response copy: the calendar keeps its break list read-only, the serializer wants a plain list. */
const body = (s: NeedleSettings) => ({
  ...s,
  officeHours: { ...s.officeHours, breaks: [...(s.officeHours.breaks ?? [])] },
});

export function registerSettingsRoutes(app: App, db: Db, calendar: CalendarService): void {
  app.get(
    '/api/settings',
    {
      preHandler: requirePermission('settings:read'),
      schema: {
        tags: ['settings'],
        summary: "The city's configurable figures: office hours, duplicate radius and window, step limits",
        response: { 200: Settings },
      },
    },
    async () => body(await loadSettings(db)),
  );

  app.put(
    '/api/settings/:key',
    {
      preHandler: requirePermission('settings:write'),
      schema: {
        tags: ['settings'],
        summary:
          'Change one setting; stepLimits replaces the stored steps, steps left out keep their default',
        params: Type.Object({ key: Type.Enum(SETTING_KEYS) }),
        body: Type.Object(
          { value: Type.Unknown({ description: 'the new value, shaped as in GET /api/settings' }) },
          {
            additionalProperties: false,
            required: ['value'],
            examples: [
              { value: 100 },
              { value: { start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:30' }] } },
              { value: { handled: { amount: 8, unit: 'working_hours' } } },
            ],
          },
        ),
        response: { 200: Settings, 400: ErrorSchema },
      },
    },
    async (request) => {
      const { key } = request.params;
      const updated = await updateSetting(db, signedInUser(request), key, request.body.value);
      // Deadlines computed from now on must count the new office hours.
      if (key === 'officeHours') await calendar.reload();
      return body(updated);
    },
  );
}
