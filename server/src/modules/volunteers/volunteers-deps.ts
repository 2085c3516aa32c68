import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What volunteering needs from the rest of Needle; the case module's deps satisfy it. */
export interface VolunteersDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: VolunteersDeps): Date => deps.now?.() ?? new Date();
