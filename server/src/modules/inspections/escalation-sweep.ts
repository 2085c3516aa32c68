import { and, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { repeatEvery } from '../../lib/jobs/repeat-every.js';
import { notify } from '../notifications/notify.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { users } from '../users/users.tables.js';
import { inspectionTargets, rectificationEvents, rectificationOrders } from './inspections.tables.js';
import { type Escalation, escalationOf } from './rectification.js';

const BATCH = 200;
const LEVEL: Record<Exclude<Escalation, 'none'>, { role: string; word: string }> = {
  community: { role: 'community_staff', word: '社区' },
  street: { role: 'street_staff', word: '街道' },
};
const RANK: Record<Escalation, number> = { none: 0, community: 1, street: 2 };

/**
 * Who hears of an order going up: its issuer, and the active staff of that level in the regions holding its
 * target (the region tree's chain: street codes are not prefixes of their grids').
 */
async function toldOf(
  tx: Executor,
  directory: RegionDirectory,
  order: { regionCode: string; issuedBy: string },
  level: Exclude<Escalation, 'none'>,
) {
  const chain = directory.chain(order.regionCode).map((r) => r.code);
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(
          eq(users.id, order.issuedBy),
          and(inArray(users.regionCode, chain), sql`${users.roles} @> array[${LEVEL[level].role}]::text[]`),
        ),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Overdue rectification orders go up as overdue cases do: past the deadline the community's staff are
 * told, three days past the street's, each once (the order remembers how far it went). Orders are
 * claimed with FOR UPDATE SKIP LOCKED, so several server processes may sweep at once.
 */
export async function sweepOverdueOrders(
  db: Db,
  directory: RegionDirectory,
  now: Date = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ order: rectificationOrders, target: inspectionTargets.name })
      .from(rectificationOrders)
      .innerJoin(inspectionTargets, eq(inspectionTargets.id, rectificationOrders.targetId))
      .where(
        and(
          eq(rectificationOrders.state, 'open'),
          lt(rectificationOrders.deadline, now),
          ne(rectificationOrders.escalatedTo, 'street'),
        ),
      )
      .limit(BATCH)
      .for('update', { of: rectificationOrders, skipLocked: true });
    let moved = 0;
    for (const { order, target } of due) {
      const level = escalationOf(order, now);
      if (level === 'none' || RANK[level] <= RANK[order.escalatedTo]) continue;
      moved += 1;
      await tx
        .update(rectificationOrders)
        .set({ escalatedTo: level })
        .where(
          and(eq(rectificationOrders.districtCode, order.districtCode), eq(rectificationOrders.id, order.id)),
        );
      await tx.insert(rectificationEvents).values({
        districtCode: order.districtCode,
        orderId: order.id,
        at: now,
        actorId: null,
        action: `escalate_${level}`,
        note: `overdue since ${order.deadline.toISOString()}`,
      });
      await notify(tx, {
        userIds: await toldOf(tx, directory, order, level),
        kind: 'rectification_overdue',
        caseId: null,
        title: `整改逾期，已上报${LEVEL[level].word}：${target}`,
        body: `${order.item}：${order.finding}`,
        data: { rectificationOrderId: order.id, targetId: order.targetId, escalation: level },
      });
    }
    return moved;
  });
}

/** Runs the sweep every few minutes in every server process (SKIP LOCKED keeps each notice single). */
export function startOrderEscalationSweep(
  db: Db,
  directory: () => RegionDirectory,
  intervalMs = 300_000,
): { stop(): Promise<void> } {
  return repeatEvery('The rectification escalation sweep', intervalMs, () =>
    sweepOverdueOrders(db, directory()),
  );
}
