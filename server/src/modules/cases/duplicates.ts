import { and, asc, eq, gte, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
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

/** No case has this id: what `except` is when no case is to be left out. */
const NO_CASE = '00000000-0000-0000-0000-000000000000';

/**
 * The nearby lookup as a prepared statement, one per database: every report asks it, and planning it
 * afresh over the case table's indexes cost more than running it (0.26 ms against 0.06, with spikes of
 * 4 ms that made the p99). Prepared, each pooled connection plans it a few times and then reuses it.
 */
const nearbyStatements = new WeakMap<Db, ReturnType<typeof prepareNearby>>();

function prepareNearby(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  const distance = distanceSql({ lat: p('lat'), lng: p('lng') }, cases.lat, cases.lng);
  return db
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
        sql`${cases.h3Cell} = any(${p('cells')}::text[])`,
        eq(cases.categoryCode, sql`${p('category')}`),
        gte(cases.createdAt, sql`${p('since')}::timestamptz`),
        notInArray(cases.status, [...FINAL_STATUSES]),
        isNull(cases.masterCaseId),
        ne(cases.id, sql`${p('except')}::uuid`),
        // In a storm hundreds of reports share the cells; the box keeps the haversine to the few near.
        sql`${cases.lat} between ${p('south')}::float8 and ${p('north')}::float8`,
        sql`${cases.lng} between ${p('west')}::float8 and ${p('east')}::float8`,
        sql`${distance} <= ${p('radius')}::float8`,
      ),
    )
    .orderBy(asc(distance), asc(cases.createdAt))
    .limit(NEARBY_LIMIT)
    .prepare('needle_nearby_open_cases');
}

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
  const box = boxAround(at, settings.duplicateRadiusMeters);
  let statement = nearbyStatements.get(deps.db);
  if (!statement) {
    statement = prepareNearby(deps.db);
    nearbyStatements.set(deps.db, statement);
  }
  const rows = await statement.execute({
    lat: at.lat,
    lng: at.lng,
    cells: cellsWithin(at.lat, at.lng, settings.duplicateRadiusMeters),
    category: at.categoryCode,
    since: since.toISOString(),
    except: exceptCaseId ?? NO_CASE,
    ...box,
    radius: settings.duplicateRadiusMeters,
  });
  return rows.map((r) => ({
    ...r,
    description: publicText(r.description),
    distanceM: Math.round(r.distanceM * 10) / 10,
    createdAt: new Date(r.createdAt).toISOString(),
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
