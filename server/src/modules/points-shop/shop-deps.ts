import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the points shop needs from the rest of Needle; the case module's deps satisfy it. */
export interface ShopDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: ShopDeps): Date => deps.now?.() ?? new Date();
