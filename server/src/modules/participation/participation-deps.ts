import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the participation dashboard needs from the rest of Needle; the case module's deps satisfy it. */
export interface ParticipationDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: ParticipationDeps): Date => deps.now?.() ?? new Date();
