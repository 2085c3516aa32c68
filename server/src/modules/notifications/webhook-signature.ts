import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver checks a Needle webhook:
 *   1. Take the raw request body exactly as received (before any JSON parsing) and the
 *      `x-needle-timestamp` header (unix seconds).
 *   2. Compute HMAC-SHA256 with the shared secret over `<timestamp>.<body>` and hex-encode it.
 *   3. Compare `sha256=<hex>` with the `x-needle-signature` header using a constant-time comparison
 *      (Node: crypto.timingSafeEqual on equal-length buffers), never `===`.
 *   4. Reject a timestamp more than a few minutes from the receiver's clock, so a captured request
 *      cannot be replayed later; the timestamp is signed, so it cannot be changed either.
 * Delivery is at least once: a receiver drops repeats by the `x-needle-delivery` id.
 */

/** Default window for accepting a timestamp, either side of the receiver's clock. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The `x-needle-signature` header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export interface WebhookToVerify {
  secret: string;
  /** The `x-needle-timestamp` header as received. */
  timestamp: string | number;
  /** The raw request body. */
  body: string;
  /** The `x-needle-signature` header as received. */
  signature: string;
  /** The receiver's clock in unix seconds (passed in, so the check stays pure). */
  nowSeconds: number;
  toleranceSeconds?: number;
}

/** True only for an untampered body, signed with this secret, at a time close enough to now. */
export function verifyWebhookSignature(input: WebhookToVerify): boolean {
  const text = String(input.timestamp);
  if (!/^[0-9]{1,15}$/.test(text)) return false;
  const timestamp = Number(text);
  const tolerance = input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(input.nowSeconds - timestamp) > tolerance) return false;
  const expected = Buffer.from(signWebhook(input.secret, timestamp, input.body), 'utf8');
  const given = Buffer.from(input.signature, 'utf8');
  // timingSafeEqual throws on unequal lengths; a length mismatch is simply a wrong signature.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
