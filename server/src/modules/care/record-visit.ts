import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, badRequest } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { keptResident } from '../registry/edit-resident.js';
import { users } from '../users/users.tables.js';
import { careVisits } from './care.tables.js';
import type { CareDeps } from './care-due.js';

type VisitRow = typeof careVisits.$inferSelect;

async function visitViews(db: Executor, rows: readonly VisitRow[]) {
  const who = rows.length
    ? await db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, [...new Set(rows.map((r) => r.visitedBy))]))
    : [];
  return rows.map((r) => ({
    id: r.id,
    residentId: r.residentId,
    visitedBy: who.find((u) => u.id === r.visitedBy)?.name ?? '',
    visitedAt: r.visitedAt.toISOString(),
    note: r.note,
    photoIds: r.photoIds,
  }));
}

async function visitView(db: Executor, row: VisitRow) {
  const [view] = await visitViews(db, [row]);
  if (!view) throw new Error('a visit view of one row returned none');
  return view;
}

async function replayOf(tx: Executor, actor: AuthUser, key: string, hash: string) {
  const [earlier] = await tx
    .select()
    .from(careVisits)
    .where(and(eq(careVisits.visitedBy, actor.id), eq(careVisits.clientKey, key)));
  if (!earlier) return null;
  if (earlier.clientKeyHash !== hash) {
    throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different visit');
  }
  return { visit: await visitView(tx, earlier), replayed: true };
}

export interface VisitInput {
  residentId: string;
  note: string;
  photoIds?: string[];
  visitedAt?: string;
}

/**
 * Records a care visit with its note and photos. A phone that recorded it offline sends when it was
 * made, and retries under the same Idempotency-Key without making a second visit.
 */
export async function recordVisit(deps: CareDeps, actor: AuthUser, input: VisitInput, key?: string) {
  const now = deps.now?.() ?? new Date();
  const visitedAt = input.visitedAt ? new Date(input.visitedAt) : now;
  if (visitedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw badRequest('VISIT_IN_FUTURE', 'A visit is recorded after it happened');
  }
  const hash = requestHash(input);
  return deps.db.transaction(async (tx) => {
    const replay = key ? await replayOf(tx, actor, key, hash) : null;
    if (replay) return replay;
    const resident = await keptResident(tx, actor, input.residentId);
    await assertOwnPhotos(tx, input.photoIds ?? [], actor.id);
    const [row] = await tx
      .insert(careVisits)
      .values({
        districtCode: resident.districtCode,
        residentId: resident.id,
        regionCode: resident.regionCode,
        visitedBy: actor.id,
        visitedAt,
        note: input.note.trim(),
        photoIds: input.photoIds ?? [],
        createdAt: now,
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const raced = key ? await replayOf(tx, actor, key, hash) : null;
      if (!raced) throw new Error('the visit insert returned no row');
      return raced;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'care_visit.create',
      entity: 'care_visit',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, clientKeyHash: undefined },
    });
    return { visit: await visitView(tx, row), replayed: false };
  });
}

/** A resident's visits, newest first. */
export async function visitsOf(deps: CareDeps, viewer: AuthUser, residentId: string) {
  await keptResident(deps.db, viewer, residentId);
  const rows = await deps.db
    .select()
    .from(careVisits)
    .where(eq(careVisits.residentId, residentId))
    .orderBy(desc(careVisits.visitedAt), asc(careVisits.id));
  return visitViews(deps.db, rows);
}
