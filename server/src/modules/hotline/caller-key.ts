import { createHash } from 'node:crypto';

/**
 * A caller's number reduced to the digits that identify the line, so that '138 1234 5678',
 * '+86 13812345678' and '0086-138-1234-5678' are one caller.
 */
export function normalisePhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  // The country code is dropped only when a whole national number follows it (at least 9 digits): an
  // 8-digit local landline may itself begin with 86.
  if (digits.startsWith('0086') && digits.length >= 13) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length >= 11) digits = digits.slice(2);
  return digits;
}

/**
 * What links a caller's tickets: a hash of the normalised number, so the overlay can find them again
 * without keeping the number in a second place.
 */
export function callerKeyOf(phone: string): string {
  return createHash('sha256').update(normalisePhone(phone)).digest('hex');
}
