import type { RectificationOrder } from '@needle/contract';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { inspectionTargets, type rectificationOrders } from './inspections.tables.js';
import { escalationOf } from './rectification.js';

type OrderRow = typeof rectificationOrders.$inferSelect;

export async function orderViews(
  db: Executor,
  rows: readonly OrderRow[],
  now: Date,
): Promise<RectificationOrder[]> {
  if (rows.length === 0) return [];
  const targets = await db
    .select({ id: inspectionTargets.id, name: inspectionTargets.name })
    .from(inspectionTargets)
    .where(inArray(inspectionTargets.id, [...new Set(rows.map((o) => o.targetId))]));
  return rows.map((o) => {
    const escalation = escalationOf(o, now);
    return {
      id: o.id,
      targetId: o.targetId,
      target: targets.find((t) => t.id === o.targetId)?.name ?? '',
      regionCode: o.regionCode,
      item: o.item,
      finding: o.finding,
      state: o.state,
      deadline: o.deadline.toISOString(),
      reopened: o.reopened,
      overdue: escalation !== 'none',
      escalation,
      surpriseAt: o.surpriseAt?.toISOString() ?? null,
      issuedAt: o.issuedAt.toISOString(),
      closedAt: o.closedAt?.toISOString() ?? null,
      photoIds: o.photoIds,
    };
  });
}
