import type { Executor } from '../../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { deliberationEvents, type deliberations } from './deliberations.tables.js';

type DeliberationRow = typeof deliberations.$inferSelect;

/** What a deliberation's timeline records. A ballot cast is never on it: who voted when is no one's business. */
export type DeliberationEventAction =
  | 'propose'
  | 'discuss'
  | 'meeting'
  | 'open_vote'
  | 'close_vote'
  | 'publish'
  | 'object'
  | 'close';

export interface DeliberationStep {
  action: DeliberationEventAction;
  actorId: string | null;
  at: Date;
  note?: string;
  data?: Record<string, unknown>;
  before?: DeliberationRow;
  after: DeliberationRow;
}

/** Writes a step to the timeline and to the audit log, in the caller's transaction. */
export async function recordDeliberationStep(tx: Executor, step: DeliberationStep): Promise<void> {
  await tx.insert(deliberationEvents).values({
    districtCode: step.after.districtCode,
    deliberationId: step.after.id,
    at: step.at,
    actorId: step.actorId,
    action: step.action,
    note: step.note ?? '',
    data: step.data ?? null,
    regionCode: step.after.regionCode,
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    action: `deliberation.${step.action}`,
    entity: 'deliberation',
    entityId: step.after.id,
    regionCode: step.after.regionCode,
    before: step.before,
    after: step.after,
  });
}
