import { createHmac, hkdfSync } from 'node:crypto';
import type { KeyRing } from './key-ring.js';

/** How a value is written before it is indexed, so 110101 199001011234 x and the same ID typed cleanly match. */
export function normalised(field: string, value: string): string {
  const compact = value.replace(/[\s-]+/g, '');
  if (field === 'phone') return compact.replace(/^\+?86(?=1\d{10}$)/, '');
  return compact.toUpperCase();
}

/**
 * An HMAC of the normalised value under a key of the field's own (HKDF of the current data key): equal
 * values give equal indexes, so an exact lookup by ID number or phone works, yet the index reveals
 * nothing without the key. Only exact lookups: a prefix search would need a weaker index.
 */
export function blindIndex(ring: KeyRing, field: string, value: string): string {
  const fieldKey = Buffer.from(
    hkdfSync('sha256', ring.current.key, Buffer.alloc(0), `needle-index:${field}`, 32),
  );
  return createHmac('sha256', fieldKey).update(normalised(field, value)).digest('base64url');
}
