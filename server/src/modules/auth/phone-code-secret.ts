import { randomBytes, randomInt, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_BYTES = 32;
// scrypt's defaults (N = 2^14): tens of milliseconds a guess, so a copy of the table cannot be tried
// through all million codes before they expire five minutes later.
const SCRYPT: ScryptOptions = { N: 2 ** 14, r: 8, p: 1 };

function derive(code: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(code, salt, KEY_BYTES, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Six digits from the operating system's random source, leading zeros kept. */
export const newCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** What is stored of a code: a salt of its own and the scrypt key, never the digits. */
export async function hashCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  return `${salt.toString('base64url')}.${(await derive(code, salt)).toString('base64url')}`;
}

/** Whether `code` is the one hashed, compared in constant time so the answer's timing gives nothing away. */
export async function codeMatches(stored: string, code: string): Promise<boolean> {
  const [salt, key] = stored.split('.');
  if (!salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(code, Buffer.from(salt, 'base64url'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
