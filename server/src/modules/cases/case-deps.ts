import type { Db } from '../../db/database.js';
import type { WorkingCalendar } from '../../lib/calendar/index.js';
import type { RegionsService } from '../regions/regions.service.js';
import { type NeedleSettings, settingsCache } from '../settings/settings.service.js';

/** What the case module needs from the rest of Needle. */
export interface CaseDeps {
  db: Db;
  regions: RegionsService;
  calendar: { current(): WorkingCalendar };
  settings(): Promise<NeedleSettings>;
  now?: () => Date;
}

/** The case module's dependencies from the app's own services. */
export function caseDeps(db: Db, regions: RegionsService, calendar: CaseDeps['calendar']): CaseDeps {
  return { db, regions, calendar, settings: () => settingsCache.get(db) };
}
