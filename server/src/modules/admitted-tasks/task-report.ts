import type { TaskReport } from '@needle/contract';
import { and, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import { badRequest } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { departments } from '../departments/departments.tables.js';
import { communityTaskRefusals, communityTasks } from './admitted-tasks.tables.js';
import { scopeOfTasks } from './community-tasks.js';
import { nowOf, type TaskDeps } from './task-deps.js';
import { taskScope } from './task-office.js';

type Counts = TaskReport['totals'];

const zero = (): Counts => ({ assigned: 0, admitted: 0, funded: 0, fundingYuan: 0, done: 0, refused: 0 });

/**
 * 社区事项准入 report: per department, the tasks that reached communities in the period (China-time
 * days, both included), admitted or funded, the funding that came with them, how many are done, and the
 * attempts refused for coming off the list without funding. A department sees its own line; a
 * community or street the tasks sent to it. A refused attempt counts where it was aimed (a community,
 * or a whole street), so a community's report does not count the attempts aimed at its street.
 */
export async function taskReport(deps: TaskDeps, viewer: AuthUser, q: { from?: string; to?: string }) {
  const scope = taskScope(viewer);
  const today = chinaDayOf(nowOf(deps));
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (to < from) throw badRequest('BAD_PERIOD', 'The period ends before it starts');
  const start = new Date(chinaMidnight(from));
  const end = new Date(chinaMidnight(addDays(to, 1)));

  const sent = await deps.db
    .select({
      departmentId: communityTasks.departmentId,
      assigned: sql<number>`count(*)::int`,
      admitted: sql<number>`(count(*) filter (where ${communityTasks.admission} = 'admitted'))::int`,
      funded: sql<number>`(count(*) filter (where ${communityTasks.admission} = 'funded'))::int`,
      // A sum of whole yuan can pass 2^31; a double holds it exactly and reads as a number on both drivers.
      fundingYuan: sql<number>`coalesce(sum(${communityTasks.fundingYuan}) filter (where ${communityTasks.admission} = 'funded'), 0)::float8`,
      done: sql<number>`(count(*) filter (where ${communityTasks.state} = 'done'))::int`,
    })
    .from(communityTasks)
    .where(
      and(...scopeOfTasks(scope), gte(communityTasks.assignedAt, start), lt(communityTasks.assignedAt, end)),
    )
    .groupBy(communityTasks.departmentId);

  const refusalScope: SQL[] = [
    like(communityTaskRefusals.regionCode, `${scope.prefix}%`),
    ...(scope.departmentId ? [eq(communityTaskRefusals.departmentId, scope.departmentId)] : []),
  ];
  const refused = await deps.db
    .select({ departmentId: communityTaskRefusals.departmentId, refused: sql<number>`count(*)::int` })
    .from(communityTaskRefusals)
    .where(
      and(
        ...refusalScope,
        gte(communityTaskRefusals.attemptedAt, start),
        lt(communityTaskRefusals.attemptedAt, end),
      ),
    )
    .groupBy(communityTaskRefusals.departmentId);

  const byDepartment = new Map<string, Counts>();
  const line = (id: string) => {
    const existing = byDepartment.get(id);
    if (existing) return existing;
    const fresh = zero();
    byDepartment.set(id, fresh);
    return fresh;
  };
  for (const { departmentId, ...counts } of sent) Object.assign(line(departmentId), counts);
  for (const r of refused) line(r.departmentId).refused = r.refused;

  const names = await deps.db.select({ id: departments.id, name: departments.name }).from(departments);
  const nameOf = new Map(names.map((d) => [d.id, d.name]));
  const lines = [...byDepartment].map(([departmentId, counts]) => ({
    departmentId,
    departmentName: nameOf.get(departmentId) ?? '',
    ...counts,
  }));
  lines.sort((a, b) => b.assigned - a.assigned || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
  const totals = zero();
  for (const l of lines) for (const k of Object.keys(totals) as (keyof Counts)[]) totals[k] += l[k];
  return { from, to, departments: lines, totals };
}
