import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { users } from '../modules/users/users.tables.js';

/**
 * On a production database only an administrator is created, with the password from
 * NEEDLE_ADMIN_PASSWORD or a generated one that is shown once and never stored in clear.
 */
export async function seedAdmin(
  db: Db,
  password: string | undefined,
): Promise<{ password: string; generated: boolean }> {
  const chosen = password ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(chosen);
  await db.transaction(async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({
        username: 'admin',
        displayName: '系统管理员',
        passwordHash,
        roles: ['admin'],
        regionCode: null,
      })
      .returning({ id: users.id, username: users.username });
    if (!admin) throw new Error('insert returned no row');
    await recordAudit(tx, {
      actorId: null,
      action: 'user.create',
      entity: 'user',
      entityId: admin.id,
      after: admin,
    });
  });
  return { password: chosen, generated: password === undefined };
}
