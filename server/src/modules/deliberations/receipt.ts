import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * A voter's receipt: a random secret only they hold. The ballot keeps its hash, and the published count
 * lists every ballot's hash and choice, so the voter can find theirs and anyone can recount; without the
 * secret, the hash says nothing about who cast it.
 */
export function newReceipt(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * The receipt of a ballot cast with an Idempotency-Key: derived from the key (a secret only the phone
 * holds), the vote and the voter, so a retry can be answered the same receipt without anything stored.
 */
export function receiptFromKey(key: string, voteId: string, voterId: string): string {
  return createHmac('sha256', key)
    .update(`${voteId}:${voterId}`)
    .digest()
    .subarray(0, 24)
    .toString('base64url');
}

export function receiptHash(receipt: string): string {
  return createHash('sha256').update(`vote-receipt:${receipt.trim()}`).digest('hex');
}
