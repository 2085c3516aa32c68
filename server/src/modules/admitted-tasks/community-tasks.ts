import type { CommunityTaskState, TaskAdmission } from '@needle/contract';
import { and, desc, eq, like, type SQL } from 'drizzle-orm';
import { isRegionCode, regionPrefix } from '../../lib/codes/region-code.js';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { departments } from '../departments/departments.tables.js';
import { communityTasks } from './admitted-tasks.tables.js';
import { departmentNames } from './department-names.js';
import { nowOf, type TaskDeps } from './task-deps.js';
import { assertCommunityOffice, type TaskScope, taskScope } from './task-office.js';
import { taskView } from './task-view.js';

/** The conditions that keep a viewer to the tasks of their area, and a department to its own. */
export function scopeOfTasks(scope: TaskScope): SQL[] {
  return [
    like(communityTasks.regionCode, `${scope.prefix}%`),
    ...(scope.departmentId ? [eq(communityTasks.departmentId, scope.departmentId)] : []),
  ];
}

/** The tasks of a community, or of every community below the region named. */
function within(code: string): SQL {
  // A well-formed string that is no region code matches nothing rather than failing the request.
  return isRegionCode(code)
    ? like(communityTasks.regionCode, `${regionPrefix(code)}%`)
    : eq(communityTasks.regionCode, code);
}

/** The tasks sent to the communities the viewer answers for (a department: the ones it sent), newest first. */
export async function listCommunityTasks(
  deps: TaskDeps,
  viewer: AuthUser,
  f: { regionCode?: string; departmentId?: string; state?: CommunityTaskState; admission?: TaskAdmission },
) {
  const scope = taskScope(viewer);
  const where: (SQL | undefined)[] = [
    ...scopeOfTasks(scope),
    f.regionCode ? within(f.regionCode) : undefined,
    f.departmentId ? eq(communityTasks.departmentId, f.departmentId) : undefined,
    f.state ? eq(communityTasks.state, f.state) : undefined,
    f.admission ? eq(communityTasks.admission, f.admission) : undefined,
  ];
  const rows = await deps.db
    .select({ task: communityTasks, departmentName: departments.name })
    .from(communityTasks)
    .innerJoin(departments, eq(departments.id, communityTasks.departmentId))
    .where(and(...where))
    .orderBy(desc(communityTasks.assignedAt), desc(communityTasks.id))
    .limit(500);
  return { items: rows.map((r) => taskView(r.task, r.departmentName)) };
}

/** The community marks a task sent to it done; once. */
export async function markTaskDone(deps: TaskDeps, actor: AuthUser, id: string, note: string | undefined) {
  assertCommunityOffice(actor);
  const prefix = jurisdictionPrefix(actor.jurisdiction);
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(communityTasks)
      .where(and(eq(communityTasks.id, id), like(communityTasks.regionCode, `${prefix}%`)))
      .for('update');
    if (!before) {
      throw notFound('COMMUNITY_TASK_NOT_FOUND', `Task ${id} does not exist or is outside your jurisdiction`);
    }
    if (before.state === 'done') throw conflict('COMMUNITY_TASK_DONE', 'This task is already done');
    const [after] = await tx
      .update(communityTasks)
      .set({ state: 'done', doneBy: actor.id, doneAt: nowOf(deps), doneNote: note?.trim() ?? '' })
      .where(eq(communityTasks.id, id))
      .returning();
    if (!after) throw new Error('the task update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'community_task.done',
      entity: 'community_task',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    const names = await departmentNames(tx, [after.departmentId]);
    return taskView(after, names.get(after.departmentId) ?? '');
  });
}
