import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { type AuthUser, toAuthUser } from '../../modules/auth/auth-user.js';
import type { Role } from '../../modules/auth/roles.js';
import { departments } from '../../modules/departments/departments.tables.js';
import { DEMO_OPEN311_USERNAME } from '../../modules/open311/seed-demo-client.js';
import type { PhotoStore } from '../../modules/photos/photo-store.js';
import { savePhoto } from '../../modules/photos/photos.service.js';
import { posts } from '../../modules/posts/posts.tables.js';
import { users } from '../../modules/users/users.tables.js';
import type { HistoryStreet } from './history-places.js';
import type { ActorRef } from './history-story.js';

/** The people of the history, by their ActorRef, with the photos they take. */
export interface Cast {
  actor(ref: ActorRef): AuthUser;
  /** Whoever holds a case held by this unit: the department's staff or the street office's. */
  holder(unit: { unitDepartmentId: string | null; unitRegionCode: string | null }): AuthUser;
  departmentId(type: string): string;
  /** A photo the person took, uploaded as they would upload it; the second one is another picture. */
  photo(who: AuthUser, which?: 0 | 1): Promise<string>;
}

/** The demo accounts that play a part under their own name. */
const BY_USERNAME: Record<string, string> = {
  'resident:0': 'resident',
  'courier:0': 'courier',
  dispatcher: 'dispatcher',
  shiftlead: 'shiftlead',
  hotline: 'hotline',
  leader: 'leader',
  open311: DEMO_OPEN311_USERNAME,
};

const RESIDENT_NAMES = [
  '居民王女士',
  '居民刘先生',
  '居民陈女士',
  '居民杨先生',
  '居民赵阿姨',
  '居民黄先生',
  '居民周女士',
];
const COURIER_NAMES = ['快递员孙师傅', '外卖骑手马师傅'];

interface Account {
  username: string;
  displayName: string;
  roles: Role[];
  regionCode: string;
  departmentId: string | null;
  /** A grid worker holds the grid leader's post of the grid they patrol. */
  gridPost?: string;
}

/**
 * Finds or creates everyone the history names. The demo accounts play their own parts (the 永昌
 * street office, its first community and grid worker, 城管, the district's desk); the other streets,
 * communities and departments get a staff account each, and a few more residents and couriers
 * report, all with the demo password, so that anyone may sign in as them.
 */
export async function gatherCast(
  db: Db,
  store: PhotoStore,
  refs: ActorRef[],
  places: HistoryStreet[],
  districtCode: string,
): Promise<Cast> {
  const everyone = await db.select().from(users);
  const depts = await db.select().from(departments);
  const deptOfType = new Map(depts.map((d) => [d.type, d]));
  const communityName = new Map(places.flatMap((s) => s.communities.map((c) => [c.code, c.name])));
  const streetName = new Map(places.map((s) => [s.code, s.name]));
  const existing = (roles: Role, regionCode: string, departmentId: string | null = null) =>
    everyone.find(
      (u) =>
        u.roles.includes(roles) &&
        (departmentId ? u.departmentId === departmentId : u.regionCode === regionCode && !u.departmentId),
    );

  const wanted = (ref: ActorRef): Account | null => {
    const [kind, key = ''] = ref.split(':');
    switch (kind) {
      case 'street':
        return {
          username: `street.${key.slice(0, 9)}`,
          displayName: `${streetName.get(key)}工作人员`,
          roles: ['street_staff'],
          regionCode: key,
          departmentId: null,
        };
      case 'community':
        return {
          username: `community.${key}`,
          displayName: `${communityName.get(key)}工作人员`,
          roles: ['community_staff'],
          regionCode: key,
          departmentId: null,
        };
      case 'gridworker':
        return {
          username: `grid.${key}`,
          displayName: `${communityName.get(key)}网格员`,
          roles: ['grid_worker'],
          regionCode: `${key}001`,
          departmentId: null,
          gridPost: `${key}001`,
        };
      case 'department': {
        const d = deptOfType.get(key);
        if (!d) throw new Error(`the demo city has no ${key} department`);
        return {
          username: `dept.${key}`,
          displayName: `${d.name}工作人员`,
          roles: ['department_staff'],
          regionCode: d.regionCode,
          departmentId: d.id,
        };
      }
      case 'resident':
        return {
          username: `resident${key}`,
          displayName: RESIDENT_NAMES[Number(key) - 1] ?? `居民${key}`,
          roles: ['resident'],
          regionCode: districtCode,
          departmentId: null,
        };
      case 'courier':
        return {
          username: `courier${key}`,
          displayName: COURIER_NAMES[Number(key) - 1] ?? `快递员${key}`,
          roles: ['courier'],
          regionCode: districtCode,
          departmentId: null,
        };
      default:
        return null;
    }
  };

  const found = new Map<ActorRef, typeof users.$inferSelect>();
  const missing: [ActorRef, Account][] = [];
  for (const ref of refs) {
    const username = BY_USERNAME[ref];
    const account = username ? null : wanted(ref);
    const user = username
      ? everyone.find((u) => u.username === username)
      : account && existing(account.roles[0] as Role, account.regionCode, account.departmentId);
    if (user) found.set(ref, user);
    else if (account) missing.push([ref, account]);
    else throw new Error(`no demo account plays ${ref}`);
  }
  if (missing.length > 0) {
    // They share the demo password; its hash is the demo accounts' own, as hashing again is slow.
    const [admin] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.username, 'admin'));
    if (!admin) throw new Error('the demo city has no admin account');
    await db.transaction(async (tx) => {
      const created = await tx
        .insert(users)
        .values(
          missing.map(([, a], i) => ({
            username: a.username,
            displayName: a.displayName,
            passwordHash: admin.hash,
            // Numbers of their own: residents and couriers sign in by phone.
            phone: `+861390010${String(i).padStart(4, '0')}`,
            roles: a.roles,
            regionCode: a.regionCode,
            departmentId: a.departmentId,
          })),
        )
        .returning();
      const byName = new Map(created.map((u) => [u.username, u]));
      const gridPosts = missing.flatMap(([, a]) => {
        const u = byName.get(a.username);
        return a.gridPost && u
          ? [
              {
                districtCode: districtCodeOf(a.gridPost),
                userId: u.id,
                kind: 'grid_leader' as const,
                regionCode: a.gridPost,
              },
            ]
          : [];
      });
      const held = gridPosts.length > 0 ? await tx.insert(posts).values(gridPosts).returning() : [];
      for (const [ref, a] of missing) {
        const u = byName.get(a.username);
        if (u) found.set(ref, u);
      }
      await recordAudit(
        tx,
        ...created.map((u) => ({
          actorId: null,
          action: 'user.create',
          entity: 'user',
          entityId: u.id,
          regionCode: u.regionCode,
          after: { id: u.id, username: u.username, regionCode: u.regionCode },
        })),
        ...held.map((p) => ({
          actorId: null,
          action: 'post.assign',
          entity: 'post',
          entityId: p.id,
          regionCode: p.regionCode,
          after: p,
        })),
      );
    });
  }

  const people = new Map([...found].map(([ref, u]) => [ref, toAuthUser(u)]));
  const actor = (ref: ActorRef): AuthUser => {
    const who = people.get(ref);
    if (!who) throw new Error(`${ref} is not in the cast`);
    return who;
  };
  const pictures = await Promise.all([picture('#7a8a6a'), picture('#9a7a5a')]);
  const taken = new Map<string, string>();
  return {
    actor,
    holder(unit) {
      if (unit.unitDepartmentId) {
        const d = depts.find((x) => x.id === unit.unitDepartmentId);
        return actor(`department:${d?.type}`);
      }
      return actor(`street:${unit.unitRegionCode}`);
    },
    departmentId(type) {
      const d = deptOfType.get(type);
      if (!d) throw new Error(`the demo city has no ${type} department`);
      return d.id;
    },
    async photo(who, which = 0) {
      // One upload per person and picture, reused: a step needs its photo to be the actor's own.
      const key = `${who.id}#${which}`;
      const known = taken.get(key);
      if (known) return known;
      const saved = await savePhoto(db, store, who, pictures[which] as Buffer);
      taken.set(key, saved.id);
      return saved.id;
    },
  };
}

/** A small plain JPEG: the history needs photos to exist, not to show anything. */
function picture(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}
