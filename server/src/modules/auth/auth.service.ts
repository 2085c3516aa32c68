import { and, eq, gt } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { users } from '../users/users.tables.js';
import { type AuthUser, toAuthUser, type UserRecord } from './auth-user.js';
import { decoyHash, verifyPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { sessions } from './sessions.tables.js';

/** What a session needs of an account, as toAuthUser reads it. */
export const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  regionCode: users.regionCode,
  departmentId: users.departmentId,
};

export async function login(db: Db, username: string, password: string, ttlHours: number): Promise<SignedIn> {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.username, username));
  const ok = await verifyPassword(row?.passwordHash ?? (await decoyHash()), password);
  if (!row || !ok || !row.active) {
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');
  }
  return db.transaction((tx) => startSession(tx, row, ttlHours));
}

/** A signed-in session: the cookie's token (only its hash is stored), the user, and when it ends. */
export interface SignedIn {
  token: string;
  user: AuthUser;
  expiresAt: Date;
}

/**
 * Opens a session for a user whose identity was proven (a password, a code sent to their phone), with
 * its audit row; call it inside the transaction of whatever proved it.
 */
export async function startSession(tx: Executor, user: UserRecord, ttlHours: number): Promise<SignedIn> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await tx.insert(sessions).values({ tokenHash: hashSessionToken(token), userId: user.id, expiresAt });
  await recordAudit(tx, { actorId: user.id, action: 'login', entity: 'session', entityId: user.id });
  return { token, user: toAuthUser(user), expiresAt };
}

export async function userForSession(db: Db, token: string): Promise<AuthUser | null> {
  const [row] = await db
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashSessionToken(token)),
        gt(sessions.expiresAt, new Date()),
        eq(users.active, true),
      ),
    );
  return row ? toAuthUser(row) : null;
}

export async function logout(db: Db, token: string, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token)));
    await recordAudit(tx, { actorId, action: 'logout', entity: 'session', entityId: actorId });
  });
}
