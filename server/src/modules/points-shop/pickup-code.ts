import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: the merchant may type the code off the resident's screen.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

/**
 * A pickup code: eight characters of thirty-one (about 40 bits), short enough to read out, too many to
 * guess among the few pending at once. Unique among pending redemptions by an index; a clash draws again.
 */
export function pickupCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[draw(ALPHABET.length)];
  return code;
}

/** A typed or scanned code as stored: the merchant need not mind the case. */
export function normalCode(typed: string): string {
  return typed.toUpperCase();
}
