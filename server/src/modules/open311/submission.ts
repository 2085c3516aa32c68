import { type Fields, text } from './form-fields.js';
import { badRequest } from './open311-errors.js';
import type { Open311Extras } from './request-view.js';

export const MAX_DESCRIPTION = 4000;
const MAX_ADDRESS = 200;
const MAX_NAME = 50;
const MAX_ID = 200;
const MAX_URL = 2000;
const COORDINATE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const PHONE = /^\+?[0-9 ()-]{5,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const CJK = /\p{Script=Han}/u;

/** A POST requests body, read and checked field by field before anything is written. */
export interface Submission {
  lat: number;
  lng: number;
  address?: string;
  description: string;
  reporterName?: string;
  reporterPhone?: string;
  reporterEmail?: string;
  /** Kept on the case beside the attribute answers; only media_url is ever shown. */
  extras: Open311Extras;
  accountId?: string;
}

const length = (s: string): number => [...s].length;

export function limited(fields: Fields, name: string, max: number): string | undefined {
  const value = text(fields, name);
  if (value !== undefined && length(value) > max)
    throw badRequest(`${name} is longer than ${max} characters`);
  return value;
}

function coordinate(fields: Fields, name: 'lat' | 'long', bound: number): number | undefined {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!COORDINATE.test(value) || !Number.isFinite(n) || Math.abs(n) > bound) {
    throw badRequest(`${name} must be a WGS-84 ${name === 'lat' ? 'latitude' : 'longitude'} in degrees`);
  }
  return n;
}

/**
 * Where the problem is. Needle places a case by its point (the grid it falls in routes it); it has no
 * geocoder, so an address_string or address_id alone cannot be placed and is refused with that reason.
 */
function location(fields: Fields): { lat: number; lng: number } {
  const lat = coordinate(fields, 'lat', 90);
  const lng = coordinate(fields, 'long', 180);
  if (lat !== undefined && lng !== undefined) return { lat, lng };
  if (lat !== undefined || lng !== undefined) throw badRequest('lat and long must be given together');
  if (text(fields, 'address_string') !== undefined || text(fields, 'address_id') !== undefined) {
    throw badRequest(
      'address_string and address_id cannot be placed on their own (this server has no geocoder): send lat and long too',
    );
  }
  throw badRequest('A location is required: lat and long (WGS-84)');
}

// A Chinese name is written surname first with no space (张 + 伟 = 张伟); a Western one first name first.
function fullName(first: string | undefined, last: string | undefined): string | undefined {
  if (first === undefined || last === undefined) return first ?? last;
  return CJK.test(first) || CJK.test(last) ? `${last}${first}` : `${first} ${last}`;
}

/** media_url: a public http(s) link to a photo the client keeps; Needle stores the link, not the file. */
export function readMediaUrl(fields: Fields): string | undefined {
  const value = limited(fields, 'media_url', MAX_URL);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest('media_url must be an http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badRequest('media_url must be an http or https URL');
  return url.toString();
}

export function readSubmission(fields: Fields): Submission {
  const place = location(fields);
  const phone = limited(fields, 'phone', 30);
  if (phone !== undefined && !PHONE.test(phone)) throw badRequest('phone is not a telephone number');
  const email = limited(fields, 'email', 254);
  if (email !== undefined && !EMAIL.test(email)) throw badRequest('email is not an e-mail address');
  const name = fullName(limited(fields, 'first_name', MAX_NAME), limited(fields, 'last_name', MAX_NAME));
  // device_id is the standard's name; deviceid is a misspelling that shipped in clients and stayed.
  const deviceId = limited(fields, 'device_id', MAX_ID) ?? limited(fields, 'deviceid', MAX_ID);
  const accountId = limited(fields, 'account_id', MAX_ID);
  const addressId = limited(fields, 'address_id', MAX_ID);
  const media = readMediaUrl(fields);
  return {
    ...place,
    address: limited(fields, 'address_string', MAX_ADDRESS),
    description: limited(fields, 'description', MAX_DESCRIPTION) ?? '',
    reporterName: name,
    reporterPhone: phone,
    reporterEmail: email,
    extras: {
      ...(media ? { _media_url: media } : {}),
      ...(addressId ? { _address_id: addressId } : {}),
      ...(deviceId ? { _device_id: deviceId } : {}),
      ...(accountId ? { _account_id: accountId } : {}),
    },
    accountId,
  };
}
