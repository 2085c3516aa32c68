/**
 * A fresh key for one submission. crypto.randomUUID exists only in secure contexts (HTTPS, localhost):
 * a district intranet serving Needle over plain HTTP has getRandomValues but not randomUUID.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
