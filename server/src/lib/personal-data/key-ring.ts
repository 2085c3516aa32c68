import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** One AES-256 key and the short id that names it in every value sealed with it. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/**
 * The keys residents' personal data is sealed with: the current one seals and indexes, the previous
 * ones only open what was sealed before a rotation (see README.md, "Rotating the key").
 */
export interface KeyRing {
  current: DataKey;
  byId: ReadonlyMap<string, DataKey>;
}

const KEY_BYTES = 32;

/** The id is a hash of the key, so two installations never mistake each other's values, and it names nothing. */
export function dataKeyOf(key: Buffer): DataKey {
  if (key.length !== KEY_BYTES) throw new Error(`A data key must be ${KEY_BYTES} bytes, got ${key.length}`);
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

export function keyRingOf(current: Buffer, previous: Buffer[] = []): KeyRing {
  const keys = [dataKeyOf(current), ...previous.map(dataKeyOf)];
  return { current: keys[0] as DataKey, byId: new Map(keys.map((k) => [k.id, k])) };
}

/** A fresh random key ring, for tests and for a data directory's first start. */
export const newKey = (): Buffer => randomBytes(KEY_BYTES);

/** A key as people write it in an environment variable or a file: 64 hex digits or base64 of 32 bytes. */
export function parseKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== KEY_BYTES)
    throw new Error(`${source} must hold a 32-byte key as 64 hex digits or base64 (openssl rand -hex 32)`);
  return key;
}

function keyFileIn(dataDir: string): Buffer {
  const file = path.join(dataDir, 'data.key');
  if (fs.existsSync(file)) return parseKey(fs.readFileSync(file, 'utf8'), file);
  // First start of a data directory: a key of its own, readable by Needle's user only.
  fs.mkdirSync(dataDir, { recursive: true });
  const key = newKey();
  fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * The key ring from the environment: NEEDLE_DATA_KEY, else the file NEEDLE_DATA_KEY_FILE names, else
 * `<data dir>/data.key` (made on first start). NEEDLE_DATA_KEY_PREVIOUS lists retired keys, comma-separated.
 */
export function loadKeyRing(env: NodeJS.ProcessEnv, dataDir: string): KeyRing {
  const current = env.NEEDLE_DATA_KEY
    ? parseKey(env.NEEDLE_DATA_KEY, 'NEEDLE_DATA_KEY')
    : env.NEEDLE_DATA_KEY_FILE
      ? parseKey(fs.readFileSync(env.NEEDLE_DATA_KEY_FILE, 'utf8'), env.NEEDLE_DATA_KEY_FILE)
      : keyFileIn(dataDir);
  const previous = (env.NEEDLE_DATA_KEY_PREVIOUS ?? '')
    .split(',')
    .filter((k) => k.trim() !== '')
    .map((k) => parseKey(k, 'NEEDLE_DATA_KEY_PREVIOUS'));
  return keyRingOf(current, previous);
}
