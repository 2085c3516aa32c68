import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { users } from '../users/users.tables.js';
import { type AuthUser, toAuthUser } from './auth-user.js';
import { decoyHash, verifyPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';
import { sessions } from './sessions.tables.js';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  regionCode: users.regionCode,
  departmentId: users.departmentId,
};

export async function login(
  db: Db,
  username: string,
  password: string,
  ttlHours: number,
): Promise<{ token: string; user: AuthUser; expiresAt: Date }> {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.username, username));
  const ok = await verifyPassword(row?.passwordHash ?? (await decoyHash()), password);
  if (!row || !ok || !row.active) {
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Wrong username or password');
  }
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashSessionToken(token), userId: row.id, expiresAt });
    await recordAudit(tx, { actorId: row.id, action: 'login', entity: 'session', entityId: row.id });
  });
  return { token, user: toAuthUser(row), expiresAt };
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
