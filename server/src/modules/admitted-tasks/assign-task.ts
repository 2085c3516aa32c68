import { randomUUID } from 'node:crypto';
import type { AssignTaskInput } from '@needle/contract';
import { eq } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { admit, isRefusal, type RefusalReason } from './admission.js';
import { admittedTasks, communityTaskRefusals, communityTasks } from './admitted-tasks.tables.js';
import { sendingDepartment } from './sending-department.js';
import { nowOf, type TaskDeps } from './task-deps.js';
import { taskView } from './task-view.js';

const REASON_TEXT: Record<RefusalReason, string> = {
  not_on_list: 'it is not on the admitted list',
  inactive: 'it was taken off the admitted list',
  other_department: 'the admitted list gives it to another department, not yours',
  outside_list_area: 'the admitted list does not cover this community',
};

/** The communities a task goes to: the one named, or every community of the street named. */
function communitiesOf(deps: TaskDeps, actor: AuthUser, code: string): string[] {
  const node = deps.regions.directory.node(code);
  if (!node || !regionVisible(actor.jurisdiction, code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
  }
  if (node.level === 'community') return [node.code];
  const communities =
    node.level === 'street'
      ? (deps.regions.directory.tree(code)?.children ?? []).filter((c) => c.level === 'community')
      : [];
  if (communities.length === 0) {
    throw badRequest(
      'COMMUNITY_OR_STREET_REQUIRED',
      `${node.name} is not a community or a street with communities`,
    );
  }
  return communities.map((c) => c.code);
}

/**
 * A department sends a task to a community, or to every community of a street. On the admitted list it
 * goes; off it, it goes only with its funding (费随事转). A refusal is kept (for the report) in a
 * transaction of its own, then answered 422 TASK_NOT_ADMITTED with the reason; nothing is sent then,
 * not even to the communities of the street the list would admit it for.
 */
export async function assignTask(deps: TaskDeps, actor: AuthUser, input: AssignTaskInput) {
  const department = await sendingDepartment(deps.db, actor, input.departmentId);
  const communities = communitiesOf(deps, actor, input.regionCode);
  const now = nowOf(deps);
  const [entry] = input.admittedTaskId
    ? await deps.db.select().from(admittedTasks).where(eq(admittedTasks.id, input.admittedTaskId))
    : [];
  if (input.admittedTaskId && !entry) {
    throw notFound('ADMITTED_TASK_NOT_FOUND', `Admitted task ${input.admittedTaskId} does not exist`);
  }
  const title = input.title?.trim() || entry?.name;
  if (!title)
    throw badRequest('TASK_TITLE_REQUIRED', 'Say what the task is, or pick it from the admitted list');
  const admissions = communities.map((regionCode) => ({
    regionCode,
    verdict: admit(entry ?? null, department.id, regionCode, input.funding),
  }));
  const refused = admissions.map((a) => a.verdict).find(isRefusal);
  if (refused) {
    await deps.db.transaction(async (tx) => {
      const [refusal] = await tx
        .insert(communityTaskRefusals)
        .values({
          districtCode: districtCodeOf(input.regionCode),
          departmentId: department.id,
          regionCode: input.regionCode,
          admittedTaskId: entry?.id ?? null,
          title,
          reason: refused.reason,
          attemptedBy: actor.id,
          attemptedAt: now,
        })
        .returning();
      if (!refusal) throw new Error('the refusal insert returned no row');
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'community_task.refuse',
        entity: 'community_task_refusal',
        entityId: refusal.id,
        regionCode: input.regionCode,
        after: refusal,
      });
    });
    throw new AppError(
      422,
      'TASK_NOT_ADMITTED',
      `"${title}" cannot be sent to the community: ${REASON_TEXT[refused.reason]}. A task off the list goes only with its funding (费随事转)`,
    );
  }
  const batchId = randomUUID();
  return deps.db.transaction(async (tx) => {
    const rows = await tx
      .insert(communityTasks)
      .values(
        admissions.flatMap(({ regionCode, verdict }) => {
          if (!verdict.admitted) return [];
          return {
            districtCode: districtCodeOf(regionCode),
            batchId,
            regionCode,
            departmentId: department.id,
            admittedTaskId: entry?.id ?? null,
            title,
            description: input.description?.trim() ?? entry?.description ?? '',
            admission: verdict.admission,
            fundingYuan: input.funding?.amountYuan ?? null,
            fundingSource: input.funding?.source.trim() ?? null,
            dueDate: input.dueDate ?? null,
            assignedBy: actor.id,
            assignedAt: now,
          };
        }),
      )
      .returning();
    await recordAudit(
      tx,
      ...rows.map((r) => ({
        actorId: actor.id,
        action: 'community_task.assign',
        entity: 'community_task',
        entityId: r.id,
        regionCode: r.regionCode,
        after: r,
      })),
    );
    return { items: rows.map((r) => taskView(r, department.name)) };
  });
}
