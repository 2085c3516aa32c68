import { and, eq, gt, isNull, lte, notInArray } from 'drizzle-orm';
import { repeatEvery } from '../../lib/jobs/repeat-every.js';
import { notify } from '../notifications/notify.js';
import type { CaseDeps } from './case-deps.js';
import { recordCaseEvents } from './case-events.js';
import { cases } from './cases.tables.js';
import { FINAL_STATUSES } from './lifecycle/case-status.js';
import { stepHolders, superiorsOf } from './step-holders.js';

const BATCH = 200;

/**
 * Marks steps that ran over their limit and warns of those about to. Each case is claimed with
 * FOR UPDATE SKIP LOCKED, so several server processes can sweep at once without announcing twice.
 */
export async function sweepSteps(deps: CaseDeps): Promise<{ overdue: number; dueSoon: number }> {
  const now = deps.now?.() ?? new Date();
  const overdue = await deps.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(cases)
      .where(
        and(
          lte(cases.stepDueAt, now),
          isNull(cases.stepOverdueAt),
          notInArray(cases.status, [...FINAL_STATUSES]),
          isNull(cases.masterCaseId),
        ),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    for (const c of due) {
      await tx.update(cases).set({ stepOverdueAt: now }).where(eq(cases.id, c.id));
      await recordCaseEvents(tx, {
        caseId: c.id,
        at: now,
        actorId: null,
        actorRole: 'system',
        action: 'overdue',
        fromStatus: c.status,
        toStatus: c.status,
        note: `the ${c.status} step was due ${c.stepDueAt?.toISOString()}`,
        districtCode: c.districtCode,
        regionCode: c.regionCode,
      });
      const userIds = [...new Set([...(await stepHolders(tx, c)), ...(await superiorsOf(tx, c))])];
      await notify(tx, {
        userIds,
        kind: 'overdue',
        caseId: c.id,
        title: `案件${c.code}本环节已超时`,
        body: c.description,
        data: { code: c.code, status: c.status, stepDueAt: c.stepDueAt?.toISOString() },
      });
    }
    return due.length;
  });

  const dueSoon = await deps.db.transaction(async (tx) => {
    const candidates = await tx
      .select()
      .from(cases)
      .where(
        and(
          lte(cases.stepWarnAt, now),
          gt(cases.stepDueAt, now),
          eq(cases.stepDueSoonNotified, false),
          notInArray(cases.status, [...FINAL_STATUSES]),
          isNull(cases.masterCaseId),
        ),
      )
      .limit(BATCH)
      .for('update', { skipLocked: true });
    for (const c of candidates) {
      await tx.update(cases).set({ stepDueSoonNotified: true }).where(eq(cases.id, c.id));
      await notify(tx, {
        userIds: await stepHolders(tx, c),
        kind: 'due_soon',
        caseId: c.id,
        title: `案件${c.code}本环节即将到期`,
        body: c.description,
        data: { code: c.code, status: c.status, stepDueAt: c.stepDueAt?.toISOString() },
      });
    }
    return candidates.length;
  });
  return { overdue, dueSoon };
}

/** Runs the sweep every interval until stopped. */
export const startSweeper = (deps: CaseDeps, intervalMs = 60_000) =>
  repeatEvery('The case sweeper', intervalMs, () => sweepSteps(deps));
