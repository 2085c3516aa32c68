import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the admitted tasks need from the rest of Needle; the case module's deps satisfy it. */
export interface TaskDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: TaskDeps): Date => deps.now?.() ?? new Date();
