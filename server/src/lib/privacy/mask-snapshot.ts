import { maskIdNumber, maskName, maskPhone } from './mask.js';
import { ID_NUMBER_FIELDS, PERSON_NAME_FIELDS, PHONE_FIELDS } from './personal-fields.js';
import { publicText } from './public-text.js';

const PHONES = new Set<string>(PHONE_FIELDS);
const ID_NUMBERS = new Set<string>(ID_NUMBER_FIELDS);
const NAMES = new Set<string>(PERSON_NAME_FIELDS);

/**
 * A stored snapshot (an audit row's before and after) with residents' personal data masked, as lists
 * mask it: phones, ID numbers and people's names by key, and numbers typed into free text.
 */
export function maskSnapshot(value: unknown): unknown {
  if (typeof value === 'string') return publicText(value);
  if (Array.isArray(value)) return value.map(maskSnapshot);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (typeof v === 'string') {
        if (PHONES.has(key)) return [key, maskPhone(v)];
        if (ID_NUMBERS.has(key)) return [key, maskIdNumber(v)];
        if (NAMES.has(key)) return [key, maskName(v)];
      }
      return [key, maskSnapshot(v)];
    }),
  );
}
