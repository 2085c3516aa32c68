import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import {
  communityProjectEvents,
  communityProjectMilestones,
  communityProjectNeeds,
  communityProjects,
} from './community-lists.tables.js';
import { listsPrefix } from './lists-office.js';

export type ProjectRow = typeof communityProjects.$inferSelect;
type MilestoneRow = typeof communityProjectMilestones.$inferSelect;

/**
 * A project of the communities the user keeps lists for, locked for the caller's transaction when
 * `lock`; any other is "not found", so a forged id tells nothing about other communities.
 */
export async function projectOf(tx: Executor, user: AuthUser, id: string, lock = false): Promise<ProjectRow> {
  const prefix = listsPrefix(user);
  const query = tx.select().from(communityProjects).where(eq(communityProjects.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row?.regionCode.startsWith(prefix)) {
    throw notFound('PROJECT_NOT_FOUND', `Project ${id} does not exist or is outside your jurisdiction`);
  }
  return row;
}

export function milestoneView(m: MilestoneRow) {
  return {
    id: m.id,
    title: m.title,
    dueDate: m.dueDate,
    doneAt: m.doneAt?.toISOString() ?? null,
    note: m.note,
    photoIds: m.photoIds,
  };
}

/** Projects as the staff see them, with their needs, claim, milestones and close-out. */
export async function projectViews(db: Executor, rows: ProjectRow[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [needs, milestones, units] = await Promise.all([
    db.select().from(communityProjectNeeds).where(inArray(communityProjectNeeds.projectId, ids)),
    db
      .select()
      .from(communityProjectMilestones)
      .where(inArray(communityProjectMilestones.projectId, ids))
      .orderBy(asc(communityProjectMilestones.dueDate), asc(communityProjectMilestones.createdAt)),
    partnerNames(
      db,
      rows.flatMap((r) => (r.claimedByPartnerUnitId ? [r.claimedByPartnerUnitId] : [])),
    ),
  ]);
  return rows.map((p) => ({
    id: p.id,
    regionCode: p.regionCode,
    year: p.year,
    title: p.title,
    description: p.description,
    budgetYuan: p.budgetYuan,
    ownerId: p.ownerId,
    state: p.state,
    dueDate: p.dueDate,
    claimDeadline: p.claimDeadline.toISOString(),
    needIds: needs.filter((n) => n.projectId === p.id).map((n) => n.needId),
    claim:
      p.claimedByPartnerUnitId && p.claimedAt
        ? {
            partnerUnitId: p.claimedByPartnerUnitId,
            partnerUnitName: units.get(p.claimedByPartnerUnitId) ?? '',
            note: p.claimNote ?? '',
            resourceIds: p.claimResourceIds,
            claimedAt: p.claimedAt.toISOString(),
          }
        : null,
    fallenAt: p.fallenAt?.toISOString() ?? null,
    evidence:
      p.evidenceBy && p.evidenceAt
        ? {
            note: p.evidenceNote ?? '',
            photoIds: p.evidencePhotoIds,
            by: p.evidenceBy,
            at: p.evidenceAt.toISOString(),
          }
        : null,
    signedOffBy: p.signedOffBy,
    closedAt: p.closedAt?.toISOString() ?? null,
    milestones: milestones.filter((m) => m.projectId === p.id).map(milestoneView),
    createdAt: p.createdAt.toISOString(),
  }));
}

export async function projectView(db: Executor, row: ProjectRow) {
  const [view] = await projectViews(db, [row]);
  if (!view) throw new Error('a project lost its view');
  return view;
}

/** One project with its timeline. */
export async function projectDetail(db: Executor, row: ProjectRow) {
  const events = await db
    .select()
    .from(communityProjectEvents)
    .where(eq(communityProjectEvents.projectId, row.id))
    .orderBy(asc(communityProjectEvents.id));
  return {
    ...(await projectView(db, row)),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      actorId: e.actorId,
      action: e.action,
      note: e.note,
    })),
  };
}

export async function partnerNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: partnerUnits.id, name: partnerUnits.name })
    .from(partnerUnits)
    .where(inArray(partnerUnits.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
