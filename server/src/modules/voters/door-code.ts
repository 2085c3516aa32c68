import { createHash, randomInt } from 'node:crypto';

// Letters and digits that cannot be misread on a slip of paper (no 0/O, 1/I/L).
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;

/** A new one-time door code (入户码), grouped in fives to be read aloud: K7MPQ-4XH2R. About 50 bits. */
export function newDoorCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a resident typed, as the code was printed: case, spaces and dashes do not matter. */
export function normaliseDoorCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Only this is stored: the plain code is answered once, to be printed. */
export function doorCodeHash(typed: string): string {
  return createHash('sha256')
    .update(`door-code:${normaliseDoorCode(typed)}`)
    .digest('hex');
}

/** How many wrong codes a user may type in `DOOR_CODE_WINDOW_MS` before they must wait. */
export const DOOR_CODE_MAX_FAILURES = 5;
export const DOOR_CODE_WINDOW_MS = 3_600_000;
