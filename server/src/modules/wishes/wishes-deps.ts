import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What micro-wishes need from the rest of Needle; the case module's deps satisfy it. */
export interface WishesDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: WishesDeps): Date => deps.now?.() ?? new Date();
