import { maskIdNumber, maskName, maskPhone } from './mask.js';
import { publicText } from './public-text.js';

const PHONE_KEY = /phone|mobile|tel$/i;
const ID_KEY = /idNumber|idCard|id_number|id_card/i;
/** Keys that hold a person's name; `name` alone is left, as it names units, categories and places. */
const NAME_KEY =
  /^(displayName|reporterName|callerName|contactName|realName|fullName|firstName|lastName|display_name|reporter_name|caller_name)$/;

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
        if (PHONE_KEY.test(key)) return [key, maskPhone(v)];
        if (ID_KEY.test(key)) return [key, maskIdNumber(v)];
        if (NAME_KEY.test(key)) return [key, maskName(v)];
      }
      return [key, maskSnapshot(v)];
    }),
  );
}
