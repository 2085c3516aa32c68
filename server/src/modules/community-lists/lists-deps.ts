import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the three lists need from the rest of Needle; the case module's deps satisfy it. */
export interface ListsDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: ListsDeps): Date => deps.now?.() ?? new Date();
