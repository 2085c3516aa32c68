import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { type AuditEntry, recordAudit } from '../audit/audit.service.js';
import type { RegionRecord } from './region-feature.js';
import { checkRegionImport } from './region-import-check.js';
import { regions } from './regions.tables.js';
import { describeProblems } from './validate-region-features.js';

const BATCH = 500;

// `excluded` is the row the import proposed: for a code that already exists it replaces the stored one.
const excluded = (column: string) => sql.raw(`excluded.${column}`);

export interface ImportSummary {
  created: number;
  updated: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Imports a FeatureCollection of region nodes: all of it in one transaction, or nothing when any
 * feature is bad. Existing nodes with the same code are redrawn in place.
 */
export async function importRegions(
  db: Db,
  collection: unknown,
  actorId: string | null,
): Promise<ImportSummary> {
  const checked = await checkRegionImport(db, collection);
  if ('problems' in checked)
    throw new AppError(400, 'REGION_IMPORT_INVALID', describeProblems(checked.problems));
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const batch of chunks(checked.records, BATCH)) {
      const before = await tx
        .select()
        .from(regions)
        .where(
          inArray(
            regions.code,
            batch.map((r) => r.code),
          ),
        );
      const beforeByCode = new Map(before.map((b) => [b.code, b]));
      await tx
        .insert(regions)
        .values(batch.map((r) => ({ ...r, updatedAt: new Date() })))
        .onConflictDoUpdate({
          target: regions.code,
          set: {
            name: excluded('name'),
            level: excluded('level'),
            parentCode: excluded('parent_code'),
            geometry: excluded('geometry'),
            gridType: excluded('grid_type'),
            ownerOfLastResort: excluded('owner_of_last_resort'),
            validFrom: excluded('valid_from'),
            validTo: excluded('valid_to'),
            updatedAt: excluded('updated_at'),
          },
        });
      const audit: AuditEntry[] = batch.map((r: RegionRecord) => {
        const prior = beforeByCode.get(r.code);
        if (prior) updated++;
        else created++;
        return {
          actorId,
          action: prior ? 'region.update' : 'region.create',
          entity: 'region',
          entityId: r.code,
          regionCode: r.code,
          before: prior ?? null,
          after: r,
        };
      });
      await recordAudit(tx, ...audit);
    }
    return { created, updated };
  });
}
