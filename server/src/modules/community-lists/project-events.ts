import type { Executor } from '../../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { communityProjectEvents, type communityProjects } from './community-lists.tables.js';

type ProjectRow = typeof communityProjects.$inferSelect;

/** What a project's timeline records. */
export type ProjectAction =
  | 'create'
  | 'open'
  | 'claim'
  | 'fall_to_community'
  | 'start'
  | 'add_milestone'
  | 'complete_milestone'
  | 'evidence'
  | 'sign_off';

export interface ProjectStep {
  action: ProjectAction;
  /** Null when Needle itself took the step (the 兜底 sweep). */
  actorId: string | null;
  at: Date;
  note?: string;
  data?: Record<string, unknown>;
  before?: ProjectRow;
  after: ProjectRow;
}

/**
 * Writes a step to the project's timeline and to the audit log, in the caller's transaction: every
 * write of a project goes through here, so neither misses one.
 */
export async function recordProjectStep(tx: Executor, step: ProjectStep): Promise<void> {
  await tx.insert(communityProjectEvents).values({
    districtCode: step.after.districtCode,
    projectId: step.after.id,
    at: step.at,
    actorId: step.actorId,
    action: step.action,
    note: step.note ?? '',
    data: step.data ?? null,
    regionCode: step.after.regionCode,
  });
  await recordAudit(tx, {
    actorId: step.actorId,
    action: `community_project.${step.action}`,
    entity: 'community_project',
    entityId: step.after.id,
    regionCode: step.after.regionCode,
    before: step.before,
    after: step.after,
  });
}
