import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the voters and deliberations modules need from the rest of Needle; the case module's deps satisfy it. */
export interface CommunityDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: CommunityDeps): Date => deps.now?.() ?? new Date();
