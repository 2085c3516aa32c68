import { and, arrayContains, asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { databaseErrorOf } from '../../db/database-error.js';
import { badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { hashPassword } from '../auth/password.js';
import { phoneNumber } from '../auth/phone-number.js';
import type { Role } from '../auth/roles.js';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';
import { usersInJurisdiction } from './users.scope.js';
import { users } from './users.tables.js';

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  phone: users.phone,
  roles: users.roles,
  regionCode: users.regionCode,
  departmentId: users.departmentId,
  active: users.active,
};

const userNotFound = (id: string) =>
  notFound('USER_NOT_FOUND', `User ${id} does not exist or is outside your jurisdiction`);

/** Search treats the typed words literally: % and _ match themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export interface UserFilter {
  limit: number;
  offset: number;
  /** Part of the username or the name, as an admin looks someone up. */
  q?: string;
  role?: Role;
}

export async function listUsers(db: Db, viewer: AuthUser, filter: UserFilter) {
  const q = filter.q?.trim();
  const rows = await db
    .select(publicColumns)
    .from(users)
    .where(
      and(
        usersInJurisdiction(viewer.jurisdiction),
        q
          ? or(ilike(users.username, `%${literal(q)}%`), ilike(users.displayName, `%${literal(q)}%`))
          : undefined,
        filter.role ? arrayContains(users.roles, [filter.role]) : undefined,
      ),
    )
    .orderBy(asc(users.username))
    .limit(filter.limit)
    .offset(filter.offset);
  return rows.map((r) => ({ ...r, phone: maskPhone(r.phone) }));
}

export async function getUser(db: Db, viewer: AuthUser, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(users)
    .where(and(eq(users.id, id), usersInJurisdiction(viewer.jurisdiction)));
  if (!row) throw userNotFound(id);
  // Only those who manage accounts see a number in full; everyone else gets it masked.
  return viewer.permissions.includes('users:write') ? row : { ...row, phone: maskPhone(row.phone) };
}

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  phone?: string | null;
  roles: Role[];
  regionCode?: string;
  departmentId?: string;
}

/** Resolves where the new account answers for, refusing places outside the creator's own jurisdiction. */
async function placeOf(db: Db, actor: AuthUser, input: { regionCode?: string; departmentId?: string }) {
  if (input.departmentId) {
    const [d] = await db.select().from(departments).where(eq(departments.id, input.departmentId));
    if (!d || !regionVisible(actor.jurisdiction, d.regionCode)) {
      throw notFound(
        'DEPARTMENT_NOT_FOUND',
        `Department ${input.departmentId} does not exist or is outside your jurisdiction`,
      );
    }
    return { regionCode: d.regionCode, departmentId: d.id };
  }
  if (!input.regionCode) throw badRequest('JURISDICTION_REQUIRED', 'Give either regionCode or departmentId');
  const [r] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.regionCode));
  if (!r || !regionVisible(actor.jurisdiction, r.code)) {
    throw notFound(
      'REGION_NOT_FOUND',
      `Region ${input.regionCode} does not exist or is outside your jurisdiction`,
    );
  }
  return { regionCode: r.code, departmentId: null };
}

/** A number as stored: E.164, so that its owner can sign in with it and no two accounts share it. */
const storedPhone = (phone: string | null | undefined) => (phone ? phoneNumber(phone) : phone);

/** One number is one account: the unique index refuses a second, and that is the caller's mistake. */
function refuseSharedPhone(err: unknown): never {
  if (databaseErrorOf(err)?.constraint === 'users_phone_key')
    throw conflict('PHONE_TAKEN', 'Another account already has this phone number');
  throw err;
}

export async function createUser(db: Db, actor: AuthUser, input: UserInput) {
  const place = await placeOf(db, actor, input);
  const phone = storedPhone(input.phone) ?? null;
  const passwordHash = await hashPassword(input.password);
  return db
    .transaction(async (tx) => {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
      if (taken) throw conflict('USERNAME_TAKEN', `The username ${input.username} is taken`);
      const [created] = await tx
        .insert(users)
        .values({
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          phone,
          roles: input.roles,
          ...place,
        })
        .returning(publicColumns);
      if (!created) throw new Error('insert returned no row');
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'user.create',
        entity: 'user',
        entityId: created.id,
        regionCode: created.regionCode,
        after: created,
      });
      return created;
    })
    .catch(refuseSharedPhone);
}

export interface UserChanges {
  displayName?: string;
  phone?: string | null;
  roles?: Role[];
  active?: boolean;
  password?: string;
  regionCode?: string;
  departmentId?: string;
}

export async function updateUser(db: Db, actor: AuthUser, id: string, changes: UserChanges) {
  const before = await getUser(db, actor, id);
  const place =
    changes.regionCode || changes.departmentId
      ? await placeOf(db, actor, { regionCode: changes.regionCode, departmentId: changes.departmentId })
      : {};
  const phone = storedPhone(changes.phone);
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  return db
    .transaction(async (tx) => {
      const [after] = await tx
        .update(users)
        .set({
          displayName: changes.displayName,
          phone,
          roles: changes.roles,
          active: changes.active,
          passwordHash,
          ...place,
        })
        .where(eq(users.id, id))
        .returning(publicColumns);
      if (!after) throw userNotFound(id);
      await recordAudit(tx, {
        actorId: actor.id,
        action: changes.password ? 'user.update+password' : 'user.update',
        entity: 'user',
        entityId: id,
        regionCode: after.regionCode,
        before,
        after,
      });
      return after;
    })
    .catch(refuseSharedPhone);
}
