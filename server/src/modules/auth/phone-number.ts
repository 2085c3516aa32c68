import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { badRequest } from '../../lib/errors/app-error.js';

// People type numbers as they say them: 138 0013 8000, +86-138…, 0086…; a number without a country
// code is a mainland one.
const DEFAULT_REGION = 'CN';

// The full metadata ('max') is what tells a mobile from a fixed line; the smaller sets cannot.
const MOBILE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** A number in E.164 (+8613800138000): one spelling per number, so one number is one account. */
export type E164 = string & { readonly e164: unique symbol };

function parsed(input: string) {
  const number = parsePhoneNumberFromString(input.trim(), DEFAULT_REGION);
  return number?.isValid() ? number : undefined;
}

/** A number that can receive a text message, in E.164; anything else is refused with 400. */
export function mobileNumber(input: string): E164 {
  const number = parsed(input);
  const type = number?.getType();
  if (!number || !type || !MOBILE_TYPES.has(type))
    throw badRequest('INVALID_PHONE', 'Give a mobile phone number that can receive a text message');
  return number.number as E164;
}

/**
 * Any valid number in E.164: staff accounts made by an administrator may carry an office line. A
 * number that is not one is refused with 400, rather than stored as typed and never matched again.
 */
export function phoneNumber(input: string): E164 {
  const number = parsed(input);
  if (!number) throw badRequest('INVALID_PHONE', `${input} is not a phone number`);
  return number.number as E164;
}
