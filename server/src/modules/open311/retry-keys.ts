import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY } from '../cases/idempotency.js';
import type { Fields } from './form-fields.js';
import { badRequest } from './open311-errors.js';

export interface RetryKey {
  key: string;
  /** Made from the body, not sent by the client: it replays only within the retry window. */
  fromBody: boolean;
}

/**
 * Keys made from a body: `open311:<client id>:body:<sha-256>`. The client id is a UUID, so a client's
 * own Idempotency-Key (`open311:<client id>:key:<header>`) never matches, whatever the header says.
 */
export const BODY_KEY_PATTERN = '^open311:[0-9a-f-]{36}:body:[0-9a-f]{64}$';

/**
 * The key that makes a retried POST return the first request: the client's Idempotency-Key header when
 * it sends one, else a hash of everything it sent (the api_key aside). Two identical submissions from
 * one client within the retry window are one report; a client that means two sends an Idempotency-Key
 * with each.
 */
export function retryKeyOf(clientId: string, header: string | undefined, fields: Fields): RetryKey {
  if (header !== undefined) {
    if (!IDEMPOTENCY_KEY.test(header)) {
      throw badRequest('The Idempotency-Key header must be 8–200 characters of A–Z, a–z, 0–9 and _ . : -');
    }
    return { key: `open311:${clientId}:key:${header}`, fromBody: false };
  }
  const sent = [...fields.entries()]
    .filter(([name]) => name !== 'api_key')
    .map(([name, values]) => [name, [...values].sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256').update(JSON.stringify(sent)).digest('hex');
  return { key: `open311:${clientId}:body:${hash}`, fromBody: true };
}
