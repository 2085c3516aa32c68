import type { Db } from '../../db/database.js';
import type { KeyRing } from '../../lib/personal-data/key-ring.js';
import type { RegionsService } from '../regions/regions.service.js';

/** What the registry needs: the database, the region tree, and the keys personal data is sealed with. */
export interface RegistryDeps {
  db: Db;
  regions: RegionsService;
  keys: KeyRing;
  now?: () => Date;
}

export const nowOf = (deps: { now?: () => Date }): Date => deps.now?.() ?? new Date();
