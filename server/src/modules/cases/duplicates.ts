import { and, asc, between, eq, gte, inArray, isNull, lte, ne, notInArray } from 'drizzle-orm';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import { publicText } from '../../lib/privacy/public-text.js';
import type { AuthUser } from '../auth/auth-user.js';
import { takeBackAwards } from '../points/post-transfer.js';
import type { CaseDeps } from './case-deps.js';
import { recordCaseEvents } from './case-events.js';
import { casesVisibleTo } from './case-scope.js';
import { caseFollowers, cases } from './cases.tables.js';
import { type CaseStatus, FINAL_STATUSES, isOpen } from './lifecycle/case-status.js';
import { boxAround, cellsWithin, distanceSql } from './nearby.js';

export interface NearbyCase {
  id: string;
  code: string;
  categoryCode: string;
  status: string;
  /** The report's words with phone numbers, ID numbers and e-mail addresses masked. */
  description: string;
  distanceM: number;
  createdAt: string;
}

/** A report is shown the nearest few; a storm's hundreds of reports in one street need not all travel. */
export const NEARBY_LIMIT = 20;

/**
 * Open cases of the same category within the radius and the time window, nearest first, at most
 * NEARBY_LIMIT: found through the indexed H3 cell column (a handful of cells), measured in the query.
 * Anyone about to report may ask, anywhere, so it shows public facts only: no names, phones, places in
 * the hierarchy or staff notes.
 */
export async function findNearbyOpenCases(
  deps: CaseDeps,
  at: { lat: number; lng: number; categoryCode: string },
  exceptCaseId?: string,
): Promise<NearbyCase[]> {
  const settings = await deps.settings();
  const now = deps.now?.() ?? new Date();
  const since = new Date(now.getTime() - settings.duplicateWindowDays * 86_400_000);
  const distance = distanceSql(at, cases.lat, cases.lng);
  const box = boxAround(at, settings.duplicateRadiusMeters);
  const rows = await deps.db
    .select({
      id: cases.id,
      code: cases.code,
      categoryCode: cases.categoryCode,
      status: cases.status,
      description: cases.description,
      distanceM: distance,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .where(
      and(
        inArray(cases.h3Cell, cellsWithin(at.lat, at.lng, settings.duplicateRadiusMeters)),
        eq(cases.categoryCode, at.categoryCode),
        gte(cases.createdAt, since),
        notInArray(cases.status, [...FINAL_STATUSES]),
        isNull(cases.masterCaseId),
        exceptCaseId ? ne(cases.id, exceptCaseId) : undefined,
        // In a storm hundreds of reports share the cells; the box keeps the haversine to the few near.
        between(cases.lat, box.south, box.north),
        between(cases.lng, box.west, box.east),
        lte(distance, settings.duplicateRadiusMeters),
      ),
    )
    .orderBy(asc(distance), asc(cases.createdAt))
    .limit(NEARBY_LIMIT);
  return rows.map((r) => ({
    ...r,
    description: publicText(r.description),
    distanceM: Math.round(r.distanceM * 10) / 10,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** "Me too": the reporter follows an existing open case instead of filing another. */
export async function followCase(deps: CaseDeps, user: AuthUser, caseId: string): Promise<void> {
  const [c] = await deps.db
    .select({ id: cases.id, districtCode: cases.districtCode, status: cases.status })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!c || !isOpen(c.status as CaseStatus))
    throw notFound('CASE_NOT_FOUND', `No open case ${caseId} to follow`);
  await deps.db
    .insert(caseFollowers)
    .values({ districtCode: c.districtCode, caseId: c.id, userId: user.id })
    .onConflictDoNothing();
}

/** Staff mark a case as a duplicate of another: it then follows the master's status and counts once. */
export async function linkDuplicate(
  deps: CaseDeps,
  staff: AuthUser,
  caseId: string,
  masterId: string,
): Promise<void> {
  if (caseId === masterId) throw badRequest('SELF_LINK', 'A case cannot duplicate itself');
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction(async (tx) => {
    const found = await tx
      .select()
      .from(cases)
      .where(and(inArray(cases.id, [caseId, masterId]), casesVisibleTo(staff)))
      .for('update');
    const dup = found.find((c) => c.id === caseId);
    const master = found.find((c) => c.id === masterId);
    if (!dup)
      throw notFound('CASE_NOT_FOUND', `Case ${caseId} does not exist or is outside your jurisdiction`);
    if (!master)
      throw notFound('CASE_NOT_FOUND', `Case ${masterId} does not exist or is outside your jurisdiction`);
    if (master.masterCaseId)
      throw new AppError(409, 'MASTER_IS_DUPLICATE', 'Link to the master case, not to another duplicate');
    if (dup.masterCaseId) throw new AppError(409, 'ALREADY_LINKED', 'The case is already linked to a master');
    const [hasDuplicates] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.masterCaseId, dup.id))
      .limit(1);
    if (hasDuplicates)
      throw new AppError(409, 'CASE_HAS_DUPLICATES', 'This case is itself a master of duplicates');
    // The duplicate takes the master's closing time with its status: closed means closed at some time,
    // and a case that follows an open master is not closed, whatever it was before. Unlinked again, it
    // keeps both, so it never reads closed without a closing time or open with one.
    const closedAt = master.status === 'closed' ? master.closedAt : null;
    await tx
      .update(cases)
      .set({ masterCaseId: master.id, status: master.status, closedAt, updatedAt: now })
      .where(eq(cases.id, dup.id));
    await recordCaseEvents(tx, {
      caseId: dup.id,
      at: now,
      actorId: staff.id,
      actorRole: staff.roles[0] ?? 'staff',
      action: 'link_duplicate',
      fromStatus: dup.status,
      toStatus: master.status,
      note: `duplicate of ${master.code}`,
      // The KPI rollups read the closing time from here, as they read a follower's from its step.
      data: { masterCaseId: master.id, closedAt: closedAt?.toISOString() ?? null },
      districtCode: dup.districtCode,
      regionCode: dup.regionCode,
    });
    // A duplicate counts once, in its master: the points its report earned go back, in this transaction.
    await takeBackAwards(tx, dup.id, 'case_duplicate', now);
  });
}

export async function unlinkDuplicate(deps: CaseDeps, staff: AuthUser, caseId: string): Promise<void> {
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction(async (tx) => {
    const [dup] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), casesVisibleTo(staff)))
      .for('update');
    if (!dup)
      throw notFound('CASE_NOT_FOUND', `Case ${caseId} does not exist or is outside your jurisdiction`);
    if (!dup.masterCaseId) throw new AppError(409, 'NOT_LINKED', 'The case is not linked to a master');
    await tx.update(cases).set({ masterCaseId: null, updatedAt: now }).where(eq(cases.id, dup.id));
    await recordCaseEvents(tx, {
      caseId: dup.id,
      at: now,
      actorId: staff.id,
      actorRole: staff.roles[0] ?? 'staff',
      action: 'unlink_duplicate',
      fromStatus: dup.status,
      toStatus: dup.status,
      data: { masterCaseId: dup.masterCaseId },
      districtCode: dup.districtCode,
      regionCode: dup.regionCode,
    });
  });
}
