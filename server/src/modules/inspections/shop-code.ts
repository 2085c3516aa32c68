import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { shopCodeSecret } from './inspections.tables.js';

/**
 * 一户一码: a shop's printed code carries its id and an HMAC-SHA256 of it under a secret only Needle
 * holds, `<id>.<signature>`. A code made up or altered (another id, a changed signature) does not verify,
 * so nobody can print a code that reports "at" a shop of their choosing.
 */
export function signShopCode(secret: Buffer, targetId: string): string {
  return `${targetId}.${createHmac('sha256', secret).update(`shop:${targetId}`).digest('base64url')}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The shop id a code carries, or null when the code is not one Needle signed. */
export function verifyShopCode(secret: Buffer, code: string): string | null {
  const [id, signature, extra] = code.split('.');
  if (!id || !signature || extra !== undefined || !UUID.test(id)) return null;
  const expected = Buffer.from(signShopCode(secret, id).split('.')[1] ?? '', 'base64url');
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** The installation's signing secret, made on first use; two processes racing keep the first. */
export async function shopSecret(db: Executor): Promise<Buffer> {
  const [row] = await db.select().from(shopCodeSecret).where(eq(shopCodeSecret.id, 1));
  if (row) return Buffer.from(row.secret, 'base64');
  await db
    .insert(shopCodeSecret)
    .values({ id: 1, secret: randomBytes(32).toString('base64') })
    .onConflictDoNothing();
  const [made] = await db.select().from(shopCodeSecret).where(eq(shopCodeSecret.id, 1));
  if (!made) throw new Error('the shop code secret was not kept');
  return Buffer.from(made.secret, 'base64');
}
