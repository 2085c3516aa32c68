import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { recordCaseEvents } from './case-events.js';
import { cases } from './cases.tables.js';

/**
 * Closes a new case at once: a grid worker fixed it on the spot (self_handle), or a hotline operator
 * answered a consultation during the call (answer_on_call). It still counts, with its own event.
 */
export async function closeOnTheSpot(
  tx: Executor,
  c: { id: string; status: string; districtCode: string; regionCode: string },
  how: {
    actorId: string;
    actorRole: string;
    action: 'self_handle' | 'answer_on_call';
    note: string;
    photoIds?: string[];
    at: Date;
  },
): Promise<void> {
  await tx
    .update(cases)
    .set({ status: 'closed', closedAt: how.at, stepDueAt: null, stepWarnAt: null, updatedAt: how.at })
    .where(eq(cases.id, c.id));
  await recordCaseEvents(tx, {
    caseId: c.id,
    at: how.at,
    actorId: how.actorId,
    actorRole: how.actorRole,
    action: how.action,
    fromStatus: c.status,
    toStatus: 'closed',
    note: how.note,
    photoIds: how.photoIds ?? [],
    districtCode: c.districtCode,
    regionCode: c.regionCode,
  });
}
