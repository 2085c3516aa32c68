import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { FeatureProblem, RegionRecord } from './region-feature.js';
import { regions } from './regions.tables.js';
import { validateRegionFeatures } from './validate-region-features.js';

/**
 * The parents a file's codes could hang from (street, district, community of each), those already in
 * the database: a file may add grids to a community imported earlier.
 */
async function storedParentCodes(db: Executor, collection: unknown): Promise<Set<string>> {
  const candidateParents = new Set<string>();
  const features = (collection as { features?: unknown })?.features;
  if (Array.isArray(features)) {
    for (const f of features) {
      const code = (f as { properties?: { code?: unknown } })?.properties?.code;
      if (typeof code === 'string' && code.length >= 12) {
        candidateParents
          .add(`${code.slice(0, 9)}000`)
          .add(`${code.slice(0, 6)}000000`)
          .add(code.slice(0, 12));
      }
    }
  }
  if (candidateParents.size === 0) return new Set();
  const known = await db
    .select({ code: regions.code })
    .from(regions)
    .where(inArray(regions.code, [...candidateParents]));
  return new Set(known.map((k) => k.code));
}

/** An import file checked against the database, as the import and its preview both check it. */
export async function checkRegionImport(
  db: Executor,
  collection: unknown,
): Promise<{ records: RegionRecord[] } | { problems: FeatureProblem[] }> {
  return validateRegionFeatures(collection, await storedParentCodes(db, collection));
}
