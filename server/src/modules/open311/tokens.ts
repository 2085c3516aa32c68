import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { list, type Open311Document } from './document.js';
import { open311Tokens } from './open311.tables.js';
import { notFound } from './open311-errors.js';

const TOKEN = /^[A-Za-z0-9_-]{1,100}$/;

/** Unguessable, since anyone holding a token may look up which request it became. */
export const newToken = (): string => randomBytes(16).toString('base64url');

/** The token a client was given for a case (a retried POST gets the first one back). */
export async function tokenFor(db: Executor, clientId: string, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ token: open311Tokens.token })
    .from(open311Tokens)
    .where(and(eq(open311Tokens.clientId, clientId), eq(open311Tokens.caseId, caseId)))
    .limit(1);
  return row?.token ?? null;
}

/** GET tokens/{token}: the request it became, or the standard's 404. */
export async function tokenDocument(db: Executor, token: string): Promise<Open311Document> {
  const [row] = TOKEN.test(token)
    ? await db
        .select({ token: open311Tokens.token, code: cases.code })
        .from(open311Tokens)
        .leftJoin(cases, eq(cases.id, open311Tokens.caseId))
        .where(eq(open311Tokens.token, token))
    : [];
  if (!row) throw notFound(`No token ${token.slice(0, 50)}`);
  // A token whose case is not made yet has no id; Needle makes cases at once, so this stays a formality.
  return {
    root: 'service_requests',
    body: list('request', [{ service_request_id: row.code, token: row.token }]),
  };
}
