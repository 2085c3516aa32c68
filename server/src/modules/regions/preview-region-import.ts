import { REGION_PREVIEW_ROWS, type RegionImportPreviewResponse } from '@needle/contract';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { checkRegionImport } from './region-import-check.js';
import { regions } from './regions.tables.js';

const BATCH = 500;

/** Which of these codes are already stored, asked in batches so a district-sized file stays one query each. */
async function storedCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let i = 0; i < codes.length; i += BATCH) {
    const rows = await db
      .select({ code: regions.code })
      .from(regions)
      .where(inArray(regions.code, codes.slice(i, i + BATCH)));
    for (const row of rows) stored.add(row.code);
  }
  return stored;
}

/**
 * What importing the file would do, reading only: the same checks as the import, so an admin sees every
 * problem before anything is written, and for a clean file which nodes would be created or redrawn.
 */
export async function previewRegionImport(
  db: Executor,
  collection: unknown,
): Promise<RegionImportPreviewResponse> {
  const checked = await checkRegionImport(db, collection);
  if ('problems' in checked) {
    return { valid: false, problems: checked.problems, created: 0, updated: 0, rows: [] };
  }
  const stored = await storedCodes(
    db,
    checked.records.map((r) => r.code),
  );
  const rows = checked.records.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    change: stored.has(r.code) ? ('update' as const) : ('create' as const),
  }));
  const updated = rows.filter((r) => r.change === 'update').length;
  return {
    valid: true,
    problems: [],
    created: rows.length - updated,
    updated,
    rows: rows.slice(0, REGION_PREVIEW_ROWS),
  };
}
