import type { AdmittedTaskChanges, AdmittedTaskInput } from '@needle/contract';
import { and, arrayContains, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { isWithin } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { admittedTasks } from './admitted-tasks.tables.js';
import { departmentNames } from './department-names.js';
import { nowOf, type TaskDeps } from './task-deps.js';
import { assertListKeeper, taskScope } from './task-office.js';

type EntryRow = typeof admittedTasks.$inferSelect;

function entryView(r: EntryRow, names: Map<string, string>) {
  return {
    id: r.id,
    regionCode: r.regionCode,
    name: r.name,
    description: r.description,
    departments: r.departmentIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    basis: r.basis,
    active: r.active,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

async function entryViews(db: Executor, rows: EntryRow[]) {
  const names = await departmentNames(
    db,
    rows.flatMap((r) => r.departmentIds),
  );
  return rows.map((r) => entryView(r, names));
}

async function assertDepartments(db: Executor, ids: readonly string[]) {
  const names = await departmentNames(db, ids);
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length > 0) {
    throw notFound('DEPARTMENT_NOT_FOUND', `Department ${missing.join(', ')} does not exist`);
  }
}

/** The area an entry covers: a region above the grids, within the administrator's own. */
function listArea(deps: TaskDeps, actor: AuthUser, code: string): string {
  const node = deps.regions.directory.node(code);
  if (!node || !regionVisible(actor.jurisdiction, code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
  }
  if (node.level === 'grid') {
    throw badRequest(
      'LIST_AREA_TOO_SMALL',
      'The admitted list covers communities: name a community or above',
    );
  }
  return node.code;
}

/** Puts a task on the admitted list of an area. */
export async function addAdmittedTask(deps: TaskDeps, actor: AuthUser, input: AdmittedTaskInput) {
  assertListKeeper(actor);
  const regionCode = listArea(deps, actor, input.regionCode);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    await assertDepartments(tx, input.departmentIds);
    const [entry] = await tx
      .insert(admittedTasks)
      .values({
        regionCode,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        departmentIds: input.departmentIds,
        basis: input.basis.trim(),
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!entry) throw new Error('the admitted task insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'admitted_task.create',
      entity: 'admitted_task',
      entityId: entry.id,
      regionCode,
      after: entry,
    });
    return entryView(entry, await departmentNames(tx, entry.departmentIds));
  });
}

/** Changes an entry, or takes it off the list (active: false); tasks already sent under it stay. */
export async function changeAdmittedTask(
  deps: TaskDeps,
  actor: AuthUser,
  id: string,
  patch: AdmittedTaskChanges,
) {
  assertListKeeper(actor);
  return deps.db.transaction(async (tx) => {
    const [before] = await tx.select().from(admittedTasks).where(eq(admittedTasks.id, id)).for('update');
    if (!before || !regionVisible(actor.jurisdiction, before.regionCode)) {
      throw notFound('ADMITTED_TASK_NOT_FOUND', `Admitted task ${id} does not exist`);
    }
    if (patch.departmentIds) await assertDepartments(tx, patch.departmentIds);
    const [after] = await tx
      .update(admittedTasks)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
        ...(patch.departmentIds !== undefined ? { departmentIds: patch.departmentIds } : {}),
        ...(patch.basis !== undefined ? { basis: patch.basis.trim() } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        updatedAt: nowOf(deps),
      })
      .where(eq(admittedTasks.id, id))
      .returning();
    if (!after) throw new Error('the admitted task update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'admitted_task.update',
      entity: 'admitted_task',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    return entryView(after, await departmentNames(tx, after.departmentIds));
  });
}

/**
 * The entries that bear on the viewer's area: those covering it (the district's list seen from a
 * community) and those inside it. A department's staff see the entries naming their department.
 */
export async function listAdmittedTasks(
  deps: TaskDeps,
  viewer: AuthUser,
  f: { departmentId?: string; active?: boolean },
) {
  const scope = taskScope(viewer);
  const departmentId = scope.departmentId ?? f.departmentId;
  const where: (SQL | undefined)[] = [
    departmentId ? arrayContains(admittedTasks.departmentIds, [departmentId]) : undefined,
    f.active !== undefined ? eq(admittedTasks.active, f.active) : undefined,
  ];
  // The list is a rule book of a few hundred lines: the area test runs here rather than in SQL.
  const { root } = scope;
  const rows = (
    await deps.db
      .select()
      .from(admittedTasks)
      .where(and(...where))
  ).filter((r) => root === null || isWithin(r.regionCode, root) || isWithin(root, r.regionCode));
  rows.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
  return { items: await entryViews(deps.db, rows) };
}
