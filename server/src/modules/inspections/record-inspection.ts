import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { requestHash } from '../cases/idempotency.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { keptTarget } from './inspection-office.js';
import { inspections, rectificationEvents, rectificationOrders } from './inspections.tables.js';
import { orderViews } from './order-view.js';

const DAY_MS = 86_400_000;

export interface InspectionInput {
  targetId: string;
  results: { item: string; ok: boolean; note?: string }[];
  note?: string;
  photoIds?: string[];
  fixWithinDays?: number;
}

async function answer(tx: Executor, row: typeof inspections.$inferSelect, now: Date, replayed: boolean) {
  const orders = await tx
    .select()
    .from(rectificationOrders)
    .where(eq(rectificationOrders.inspectionId, row.id));
  return {
    id: row.id,
    targetId: row.targetId,
    at: row.at.toISOString(),
    passed: row.results.every((r) => r.ok),
    orders: await orderViews(tx, orders, now),
    replayed,
  };
}

/**
 * Records an inspection: every failed item becomes a rectification order (整改单) with a deadline,
 * the inspection's photos attached. A phone's retry under the same Idempotency-Key returns the first.
 */
export async function recordInspection(
  deps: CaseDeps,
  actor: AuthUser,
  input: InspectionInput,
  key?: string,
) {
  const now = deps.now?.() ?? new Date();
  const hash = requestHash(input);
  return deps.db.transaction(async (tx) => {
    if (key) {
      const [earlier] = await tx
        .select()
        .from(inspections)
        .where(and(eq(inspections.inspectorId, actor.id), eq(inspections.clientKey, key)));
      if (earlier) {
        if (earlier.clientKeyHash !== hash) {
          throw new AppError(
            422,
            'IDEMPOTENCY_KEY_REUSED',
            'This Idempotency-Key was used for a different inspection',
          );
        }
        return answer(tx, earlier, now, true);
      }
    }
    const target = await keptTarget(tx, actor, input.targetId);
    await assertOwnPhotos(tx, input.photoIds ?? [], actor.id);
    const [row] = await tx
      .insert(inspections)
      .values({
        districtCode: target.districtCode,
        targetId: target.id,
        regionCode: target.regionCode,
        inspectorId: actor.id,
        at: now,
        results: input.results.map((r) => ({ item: r.item.trim(), ok: r.ok, note: r.note?.trim() ?? '' })),
        note: input.note?.trim() ?? '',
        photoIds: input.photoIds ?? [],
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      .returning();
    if (!row) throw new Error('the inspection insert returned no row');
    const deadline = new Date(now.getTime() + (input.fixWithinDays ?? 7) * DAY_MS);
    const failed = row.results.filter((r) => !r.ok);
    if (failed.length > 0) {
      const orders = await tx
        .insert(rectificationOrders)
        .values(
          failed.map((r) => ({
            districtCode: target.districtCode,
            targetId: target.id,
            inspectionId: row.id,
            regionCode: target.regionCode,
            item: r.item,
            finding: r.note || r.item,
            photoIds: row.photoIds,
            deadline,
            issuedBy: actor.id,
            issuedAt: now,
          })),
        )
        .returning();
      await tx.insert(rectificationEvents).values(
        orders.map((o) => ({
          districtCode: o.districtCode,
          orderId: o.id,
          at: now,
          actorId: actor.id,
          action: 'issue',
          note: o.finding,
          deadline,
        })),
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'inspection.create',
      entity: 'inspection',
      entityId: row.id,
      regionCode: row.regionCode,
      after: { ...row, clientKeyHash: undefined },
    });
    return answer(tx, row, now, false);
  });
}
