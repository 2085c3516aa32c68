import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { type AuthUser, toAuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { open311Clients } from './open311.tables.js';
import { badApiKey } from './open311-errors.js';

export type Open311Client = typeof open311Clients.$inferSelect;

/** A connected client as the routes use it: its row and the account its submissions are made under. */
export interface ConnectedClient {
  client: Open311Client;
  user: AuthUser;
}

/** How many characters of a key are kept in clear to tell keys apart in a list. */
const PREFIX_LENGTH = 8;

/** 32 random bytes: guessing one is hopeless, so a fast hash of it is as safe to keep as a slow one. */
export function newApiKey(): string {
  return `n311_${randomBytes(32).toString('base64url')}`;
}

// A key is looked up by its hash, so the hash must be deterministic: SHA-256, not a salted password hash.
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');
export const keyPrefixOf = (key: string): string => key.slice(0, PREFIX_LENGTH);

/**
 * The client a key belongs to, with its service account; a key that is missing, unknown or revoked is
 * the standard's 403. The service account may have been deactivated by an admin: that stops the key too.
 */
export async function clientForKey(db: Executor, key: string | undefined): Promise<ConnectedClient> {
  if (key === undefined || key === '') throw badApiKey('An api_key is required');
  if (key.length > 200) throw badApiKey('The api_key is not valid');
  const [row] = await db
    .select({ client: open311Clients, user: users })
    .from(open311Clients)
    .innerJoin(users, eq(users.id, open311Clients.userId))
    .where(and(eq(open311Clients.keyHash, hashApiKey(key)), isNull(open311Clients.revokedAt)));
  if (!row?.user.active) throw badApiKey('The api_key is not valid or has been revoked');
  return { client: row.client, user: toAuthUser(row.user) };
}
