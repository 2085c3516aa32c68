import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';
import type { NeedleSettings } from '../settings/settings.service.js';

/** What the whistle module needs from the rest of Needle; the case module's deps satisfy it. */
export interface WhistleDeps {
  db: Db;
  regions: RegionsService;
  settings(): Promise<NeedleSettings>;
  now?: () => Date;
}

export const nowOf = (deps: WhistleDeps): Date => deps.now?.() ?? new Date();
