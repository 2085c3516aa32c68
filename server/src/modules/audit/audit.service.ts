import type { Executor } from '../../db/database.js';
import { auditLog } from './audit.tables.js';

export interface AuditEntry {
  /** Null when Needle itself made the change (seeding, a sweeper). */
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends audit rows; call it inside the transaction of the write it describes. */
export async function recordAudit(db: Executor, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((e) => ({
      actorId: e.actorId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      regionCode: e.regionCode ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}
