import { randomUUID } from 'node:crypto';
import type { AddressImportBody, AddressImportProblem, AddressImportResult } from '@needle/contract';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { LocatedPoint } from '../regions/regions.service.js';
import { normaliseAddress, pinyinKeys } from './address-text.js';
import { addresses } from './addresses.tables.js';
import { type AddressRow, type ReadRows, readCsvRows, readGeoJsonRows } from './read-address-rows.js';

const BATCH = 1000;

/** Where a point falls: the regions service's grid index (RegionsService.locate). */
export type Locate = (lat: number, lng: number) => LocatedPoint | null;

export function readAddressFile(body: AddressImportBody): ReadRows {
  return typeof body === 'string' ? readCsvRows(body) : readGeoJsonRows(body);
}

/** The first problems, each naming its row, for an error message or the CLI. */
export function describeProblems(problems: readonly AddressImportProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `${p.row < 0 ? 'file' : `row ${p.row}`}: ${p.reason}`);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  return `Nothing was imported. ${shown.join('; ')}${more}`;
}

function countByKind(rows: readonly AddressRow[]): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const r of rows) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
  return byKind;
}

/**
 * Checks a gazetteer file and, unless it is a dry run or any row is bad, writes it in one transaction:
 * the entries of every source the file names are replaced by the file's, so importing a corrected
 * file again does not double the gazetteer. Each point gets its grid and community as it is written.
 */
export async function importAddresses(
  db: Db,
  locate: Locate,
  body: AddressImportBody,
  opts: { dryRun: boolean; actorId: string | null },
): Promise<AddressImportResult> {
  const { rows, problems } = readAddressFile(body);
  const located = rows.map((row) => ({ row, at: locate(row.lat, row.lng) }));
  const summary = {
    dryRun: opts.dryRun,
    rows: rows.length + problems.filter((p) => p.row >= 0).length,
    byKind: countByKind(rows),
    outsideGrids: located.filter((l) => l.at === null).length,
    problems: problems.slice(0, 200),
  };
  if (opts.dryRun) return { ...summary, imported: false, batch: null };
  if (problems.length > 0) throw badRequest('ADDRESS_IMPORT_INVALID', describeProblems(problems));
  const batch = randomUUID();
  const sources = [...new Set(rows.map((r) => r.source))];
  await db.transaction(async (tx) => {
    await tx.delete(addresses).where(inArray(addresses.source, sources));
    for (let i = 0; i < located.length; i += BATCH) {
      await tx.insert(addresses).values(
        located.slice(i, i + BATCH).map(({ row, at }) => {
          const keys = pinyinKeys(row.text);
          return {
            kind: row.kind,
            text: row.text,
            normText: normaliseAddress(row.text),
            pinyin: keys.full,
            initials: keys.initials,
            lat: row.lat,
            lng: row.lng,
            gridCode: at?.grid.code ?? null,
            regionCode: at?.community.code ?? null,
            source: row.source,
            batch,
          };
        }),
      );
    }
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: 'address.import',
      entity: 'address_batch',
      entityId: batch,
      after: { rows: rows.length, sources, byKind: summary.byKind, outsideGrids: summary.outsideGrids },
    });
  });
  return { ...summary, imported: true, batch };
}
