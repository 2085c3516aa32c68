import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, like } from 'drizzle-orm';
import { type Executor, transaction } from '../../db/database.js';
import { isRegionCode, regionPrefix } from '../../lib/codes/region-code.js';
import { notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { hashPassword } from '../auth/password.js';
import type { RegionsService } from '../regions/regions.service.js';
import { users } from '../users/users.tables.js';
import { hashApiKey, keyPrefixOf, newApiKey, type Open311Client } from './api-keys.js';
import { open311Clients } from './open311.tables.js';

export type ClientView = Omit<Open311Client, 'keyHash' | 'createdAt' | 'revokedAt'> & {
  createdAt: string;
  revokedAt: string | null;
};

const view = (c: Open311Client): ClientView => ({
  id: c.id,
  name: c.name,
  keyPrefix: c.keyPrefix,
  regionCode: c.regionCode,
  userId: c.userId,
  createdBy: c.createdBy,
  createdAt: c.createdAt.toISOString(),
  revokedAt: c.revokedAt?.toISOString() ?? null,
});

const regionNotFound = (code: string) =>
  notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
const clientNotFound = (id: string) =>
  notFound('CLIENT_NOT_FOUND', `Open311 client ${id} does not exist or is outside your jurisdiction`);

/**
 * Registers a client and its service account. The account submits as a resident would, so the case
 * loop treats an Open311 report like any public report; nobody knows its password, so it cannot sign in.
 */
export async function createClientAccount(
  db: Executor,
  input: { name: string; regionCode: string; username: string; key: string; createdBy: string | null },
): Promise<Open311Client> {
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return transaction(db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: `Open311: ${input.name}`,
        passwordHash,
        roles: ['resident'],
        regionCode: input.regionCode,
      })
      .returning({ id: users.id, username: users.username, regionCode: users.regionCode });
    if (!user) throw new Error('insert returned no user');
    const [client] = await tx
      .insert(open311Clients)
      .values({
        name: input.name,
        keyPrefix: keyPrefixOf(input.key),
        keyHash: hashApiKey(input.key),
        regionCode: input.regionCode,
        userId: user.id,
        createdBy: input.createdBy,
      })
      .returning();
    if (!client) throw new Error('insert returned no client');
    await recordAudit(
      tx,
      { actorId: input.createdBy, action: 'user.create', entity: 'user', entityId: user.id, after: user },
      {
        actorId: input.createdBy,
        action: 'open311.client.create',
        entity: 'open311_client',
        entityId: client.id,
        regionCode: client.regionCode,
        // Never the key nor its hash: the audit log is read by more people than the key is meant for.
        after: view(client),
      },
    );
    return client;
  });
}

/** An admin issues a key for a client in their jurisdiction; the key is returned now and never again. */
export async function issueClient(
  db: Executor,
  regions: RegionsService,
  admin: AuthUser,
  input: { name: string; regionCode: string },
): Promise<{ client: ClientView; apiKey: string }> {
  if (
    !isRegionCode(input.regionCode) ||
    !regionVisible(admin.jurisdiction, input.regionCode) ||
    !regions.directory.node(input.regionCode)
  ) {
    throw regionNotFound(input.regionCode);
  }
  const apiKey = newApiKey();
  const client = await createClientAccount(db, {
    name: input.name.trim(),
    regionCode: input.regionCode,
    username: `open311.${randomBytes(6).toString('hex')}`,
    key: apiKey,
    createdBy: admin.id,
  });
  return { client: view(client), apiKey };
}

export async function listClients(db: Executor, admin: AuthUser): Promise<ClientView[]> {
  const rows = await db
    .select()
    .from(open311Clients)
    .where(like(open311Clients.regionCode, `${jurisdictionPrefix(admin.jurisdiction)}%`))
    .orderBy(desc(open311Clients.createdAt));
  return rows.map(view);
}

/** Revokes a client's key at once; its cases and tokens stay, so what it reported can still be read. */
export async function revokeClient(db: Executor, admin: AuthUser, id: string): Promise<ClientView> {
  return transaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(open311Clients)
      .where(
        and(
          eq(open311Clients.id, id),
          like(open311Clients.regionCode, `${jurisdictionPrefix(admin.jurisdiction)}%`),
        ),
      )
      .for('update');
    if (!before) throw clientNotFound(id);
    if (before.revokedAt) return view(before);
    const [after] = await tx
      .update(open311Clients)
      .set({ revokedAt: new Date() })
      .where(and(eq(open311Clients.id, id), isNull(open311Clients.revokedAt)))
      .returning();
    if (!after) throw clientNotFound(id);
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'open311.client.revoke',
      entity: 'open311_client',
      entityId: id,
      regionCode: after.regionCode,
      before: view(before),
      after: view(after),
    });
    return view(after);
  });
}

/** The prefix of a client's region, which bounds what it may report and, with its key, read. */
export const clientRegionPrefix = (client: Pick<Open311Client, 'regionCode'>): string =>
  regionPrefix(client.regionCode);
