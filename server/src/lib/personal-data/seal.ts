import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyRing } from './key-ring.js';

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Seals a value with AES-256-GCM under the ring's current key: `v1.<key id>.<iv>.<ciphertext>.<tag>`.
 * The field name is bound as associated data, so a sealed phone number copied into the ID column
 * does not open.
 */
export function seal(ring: KeyRing, field: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
  cipher.setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url'));
  return [VERSION, ring.current.id, ...parts].join('.');
}

/** The key id a sealed value names, so rotation can find what is still under a retired key. */
export const sealedKeyId = (sealed: string): string | undefined => sealed.split('.')[1];

/** Opens a sealed value; throws if the key is unknown or the value or field was tampered with. */
export function unseal(ring: KeyRing, field: string, sealed: string): string {
  const [version, keyId, iv, body, tag] = sealed.split('.');
  if (version !== VERSION || !keyId || iv === undefined || body === undefined || !tag)
    throw new Error('Not a sealed value');
  const key = ring.byId.get(keyId);
  if (!key)
    throw new Error(`Sealed with key ${keyId}, which is not in NEEDLE_DATA_KEY or NEEDLE_DATA_KEY_PREVIOUS`);
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(field));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
