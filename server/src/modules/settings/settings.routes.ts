import { CitySettingsSchema, ErrorSchema, SettingBody, SettingParams } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { requirePermission, signedInUser } from '../auth/auth.hooks.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { loadSettings, type NeedleSettings, updateSetting } from './settings.service.js';

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
        response: { 200: CitySettingsSchema },
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
        params: SettingParams,
        body: SettingBody,
        response: { 200: CitySettingsSchema, 400: ErrorSchema },
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
