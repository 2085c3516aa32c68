import type { PostKind } from '@needle/contract';
import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { districtCodeOf, regionPrefix } from '../../lib/codes/region-code.js';
import { badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { regions } from '../regions/regions.tables.js';
import { usersInJurisdiction } from '../users/users.scope.js';
import { users } from '../users/users.tables.js';
import { posts } from './posts.tables.js';

const columns = {
  id: posts.id,
  userId: posts.userId,
  displayName: users.displayName,
  kind: posts.kind,
  regionCode: posts.regionCode,
  building: posts.building,
  unit: posts.unit,
  assignedAt: posts.assignedAt,
};

export async function listPosts(db: Db, viewer: AuthUser, regionCode: string | undefined) {
  if (regionCode && !regionVisible(viewer.jurisdiction, regionCode)) {
    throw notFound('REGION_NOT_FOUND', `Region ${regionCode} does not exist or is outside your jurisdiction`);
  }
  const prefix = regionCode ? regionPrefix(regionCode) : jurisdictionPrefix(viewer.jurisdiction);
  const rows = await db
    .select(columns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.userId))
    .where(like(posts.regionCode, `${prefix}%`))
    .orderBy(asc(posts.regionCode), asc(posts.kind));
  return rows.map((r) => ({ ...r, assignedAt: r.assignedAt.toISOString() }));
}

export interface PostInput {
  userId: string;
  kind: PostKind;
  regionCode: string;
  building?: string;
  unit?: string;
}

export async function assignPost(db: Db, actor: AuthUser, input: PostInput) {
  const building = input.building?.trim() ?? '';
  const unit = input.unit?.trim() ?? '';
  if (input.kind === 'building_leader' && !building) {
    throw badRequest('BUILDING_REQUIRED', 'A building leader post names its building');
  }
  if (input.kind === 'unit_leader' && (!building || !unit)) {
    throw badRequest('UNIT_REQUIRED', 'A unit leader post names its building and unit');
  }
  const [region] = await db
    .select({ code: regions.code, level: regions.level })
    .from(regions)
    .where(eq(regions.code, input.regionCode));
  if (!region || !regionVisible(actor.jurisdiction, region.code)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  if (region.level !== 'grid')
    throw badRequest('GRID_REQUIRED', 'Posts are held in a grid; give a 15-digit grid code');
  const [holder] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.userId), usersInJurisdiction(actor.jurisdiction)));
  if (!holder)
    throw notFound('USER_NOT_FOUND', `User ${input.userId} does not exist or is outside your jurisdiction`);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(posts)
      .values({
        districtCode: districtCodeOf(region.code),
        userId: holder.id,
        kind: input.kind,
        regionCode: region.code,
        building,
        unit,
        assignedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) throw conflict('POST_EXISTS', 'This person already holds this post');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'post.assign',
      entity: 'post',
      entityId: created.id,
      regionCode: created.regionCode,
      after: created,
    });
    return { ...created, assignedAt: created.assignedAt.toISOString() };
  });
}

export async function removePost(db: Db, actor: AuthUser, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(posts)
      .where(and(eq(posts.id, id), like(posts.regionCode, `${jurisdictionPrefix(actor.jurisdiction)}%`)));
    if (!before)
      throw notFound('POST_NOT_FOUND', `Post ${id} does not exist or is outside your jurisdiction`);
    await tx.delete(posts).where(eq(posts.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'post.remove',
      entity: 'post',
      entityId: id,
      regionCode: before.regionCode,
      before,
    });
  });
}
