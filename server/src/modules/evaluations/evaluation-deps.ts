import type { Db } from '../../db/database.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the evaluations need from the rest of Needle; the case module's deps satisfy it. */
export interface EvaluationDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

export const nowOf = (deps: EvaluationDeps): Date => deps.now?.() ?? new Date();
