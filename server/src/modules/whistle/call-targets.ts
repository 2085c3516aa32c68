import { and, eq, inArray, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { isWithin, regionPrefix } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { departments } from '../departments/departments.tables.js';
import { posts } from '../posts/posts.tables.js';
import { users } from '../users/users.tables.js';
import { recipientsOf } from './called-people.js';
import { MEMBER_POST_KINDS } from './member-posts.js';
import { partnerUnits } from './whistle.tables.js';
import type { WhistleLevel } from './whistle-scope.js';

/** Who a whistle calls, each with its part of the task. */
export type CallInput =
  | { departmentId: string; task: string }
  | { partnerUnitId: string; task: string }
  | { userId: string; task: string };

export interface ResolvedCall {
  targetKind: 'department' | 'partner' | 'member';
  departmentId: string | null;
  partnerUnitId: string | null;
  userId: string | null;
  task: string;
  recipients: string[];
}

const targetOf = (c: CallInput): Omit<ResolvedCall, 'task' | 'recipients'> => {
  if ('departmentId' in c)
    return { targetKind: 'department', departmentId: c.departmentId, partnerUnitId: null, userId: null };
  if ('partnerUnitId' in c)
    return { targetKind: 'partner', departmentId: null, partnerUnitId: c.partnerUnitId, userId: null };
  return { targetKind: 'member', departmentId: null, partnerUnitId: null, userId: c.userId };
};

const idOf = (t: Omit<ResolvedCall, 'task' | 'recipients'>): string =>
  t.departmentId ?? t.partnerUnitId ?? t.userId ?? '';

// Seed 002: the community calls its grid members; the street calls departments and its alliance.
const ALLOWED: Record<WhistleLevel, ResolvedCall['targetKind'][]> = {
  2: ['member'],
  3: ['department', 'partner'],
};

/**
 * Checks who the office may call and resolves each call: departments that serve the street, active
 * partner units of the street, grid members holding a "1+8" post in the community.
 */
export async function resolveCalls(
  tx: Executor,
  office: { level: WhistleLevel; regionCode: string },
  calls: CallInput[],
): Promise<ResolvedCall[]> {
  const targets = calls.map((c) => ({ ...targetOf(c), task: c.task.trim() }));
  const seen = new Set<string>();
  for (const t of targets) {
    if (!ALLOWED[office.level].includes(t.targetKind)) {
      throw badRequest(
        'CALL_NOT_ALLOWED_AT_LEVEL',
        office.level === 2
          ? 'A community whistles its grid members (userId); departments are whistled by the street'
          : 'A street whistles departments (departmentId) and partner units (partnerUnitId)',
      );
    }
    if (!t.task) throw badRequest('TASK_REQUIRED', 'Give each called unit its part of the task');
    if (seen.has(idOf(t))) throw badRequest('DUPLICATE_CALL', `${idOf(t)} is called twice`);
    seen.add(idOf(t));
  }
  const prefix = regionPrefix(office.regionCode);
  const ids = (kind: ResolvedCall['targetKind']) => targets.filter((t) => t.targetKind === kind).map(idOf);

  const departmentIds = ids('department');
  const serving =
    departmentIds.length === 0
      ? []
      : (
          await tx
            .select({ id: departments.id, regionCode: departments.regionCode })
            .from(departments)
            .where(inArray(departments.id, departmentIds))
        ).filter((d) => isWithin(office.regionCode, d.regionCode));
  assertAllFound(
    departmentIds,
    serving,
    'DEPARTMENT_NOT_FOUND',
    'does not exist or does not serve your street',
  );

  const partnerIds = ids('partner');
  const partners =
    partnerIds.length === 0
      ? []
      : await tx
          .select({ id: partnerUnits.id })
          .from(partnerUnits)
          .where(
            and(
              inArray(partnerUnits.id, partnerIds),
              eq(partnerUnits.active, true),
              like(partnerUnits.regionCode, `${prefix}%`),
            ),
          );
  assertAllFound(
    partnerIds,
    partners,
    'PARTNER_UNIT_NOT_FOUND',
    'is not an active partner unit of your street',
  );

  const memberIds = ids('member');
  const members =
    memberIds.length === 0
      ? []
      : await tx
          .selectDistinct({ id: posts.userId })
          .from(posts)
          .innerJoin(users, eq(users.id, posts.userId))
          .where(
            and(
              inArray(posts.userId, memberIds),
              inArray(posts.kind, [...MEMBER_POST_KINDS]),
              like(posts.regionCode, `${prefix}%`),
              eq(users.active, true),
            ),
          );
  assertAllFound(memberIds, members, 'MEMBER_NOT_FOUND', 'holds no grid member post in your community');

  const resolved: ResolvedCall[] = [];
  for (const t of targets) resolved.push({ ...t, recipients: await recipientsOf(tx, t) });
  return resolved;
}

function assertAllFound(wanted: string[], found: { id: string }[], code: string, why: string): void {
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) throw notFound(code, `${missing.join(', ')} ${why}`);
}
