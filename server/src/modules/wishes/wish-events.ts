import type { Executor } from '../../db/database.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import { microWishEvents, type microWishes } from './wishes.tables.js';

export type WishRow = typeof microWishes.$inferSelect;

/** What a wish's timeline records. */
export type WishAction = 'post' | 'approve' | 'reject' | 'claim' | 'fulfil' | 'confirm';

export interface WishStep {
  action: WishAction;
  actorId: string;
  at: Date;
  note?: string;
  data?: Record<string, unknown>;
  before?: WishRow;
  after: WishRow;
}

/** What the audit log keeps of a wish: the wisher's name and number masked, as in every list. */
function audited(row: WishRow | undefined) {
  if (!row) return undefined;
  const { wisherName, wisherPhone, ...rest } = row;
  return { ...rest, wisherName: maskName(wisherName), wisherPhone: maskPhone(wisherPhone) };
}

/**
 * Writes a step to the wish's timeline and to the audit log, in the caller's transaction: every write
 * of a wish goes through here, so neither misses one.
 */
export async function recordWishStep(tx: Executor, step: WishStep): Promise<void> {
  await tx.insert(microWishEvents).values({
    districtCode: step.after.districtCode,
    wishId: step.after.id,
    at: step.at,
    actorId: step.actorId,
    action: step.action,
    note: step.note ?? '',
    data: step.data ?? null,
    regionCode: step.after.regionCode,
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    action: `micro_wish.${step.action}`,
    entity: 'micro_wish',
    entityId: step.after.id,
    regionCode: step.after.regionCode,
    before: audited(step.before),
    after: audited(step.after),
  });
}
