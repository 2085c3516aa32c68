import { BASE_MAP_KINDS, type BaseMap } from '@needle/contract';

export type { BaseMap } from '@needle/contract';

/** The base-map figure a city configures; it joins the settings table under this key. */
export interface MapSettings {
  baseMap: BaseMap;
}

// No tiles until an admin chooses some: a government intranet often has no tile server at all.
export const MAP_SETTING_DEFAULTS: MapSettings = { baseMap: { kind: 'none' } };

const FIELDS: Record<BaseMap['kind'], readonly string[]> = {
  none: ['kind'],
  tianditu: ['kind', 'key'],
  gcj02: ['kind', 'url', 'subdomains', 'attribution'],
  wgs84: ['kind', 'url', 'subdomains', 'attribution'],
};

function optionalText(value: unknown, max: number, what: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > max) {
    throw new RangeError(`baseMap.${what} must be text of at most ${max} characters`);
  }
  return value;
}

/**
 * A tile URL template the browser will fill in and fetch: http(s) only (a javascript: or data: URL would be
 * run or shown as is), and with {z}, {x} and {y}, without which every tile would be the same picture.
 */
export function tileTemplateOf(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) {
    throw new RangeError('baseMap.url must be a URL template of at most 500 characters');
  }
  let url: URL;
  try {
    url = new URL(value.replaceAll(/\{[a-z]\}/g, '0'));
  } catch {
    throw new RangeError(`baseMap.url is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RangeError('baseMap.url must start with https:// or http://');
  }
  const missing = ['{z}', '{x}', '{y}'].filter((p) => !value.includes(p));
  if (missing.length > 0) throw new RangeError(`baseMap.url lacks ${missing.join(', ')}`);
  const unknown = [...value.matchAll(/\{([^}]*)\}/g)].map((m) => m[0]).filter((p) => !PLACEHOLDERS.has(p));
  if (unknown.length > 0) throw new RangeError(`baseMap.url has unknown placeholders: ${unknown.join(', ')}`);
  return value;
}

// Leaflet fills these: zoom, column, row, subdomain, and "@2x" on a retina screen.
const PLACEHOLDERS = new Set(['{z}', '{x}', '{y}', '{s}', '{r}']);

function baseMapOf(value: unknown): BaseMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError('baseMap must be an object');
  }
  const given = value as Record<string, unknown>;
  const kind = BASE_MAP_KINDS.find((k) => k === given.kind);
  if (!kind) throw new RangeError(`baseMap.kind must be one of ${BASE_MAP_KINDS.join(', ')}`);
  const extra = Object.keys(given).filter((k) => !FIELDS[kind].includes(k));
  if (extra.length > 0) throw new RangeError(`baseMap (${kind}) has unknown fields: ${extra.join(', ')}`);
  if (kind === 'none') return { kind };
  if (kind === 'tianditu') {
    // 天地图 keys are 32 hex digits; anything else would fail on every tile with no word why.
    if (typeof given.key !== 'string' || !/^[0-9a-zA-Z]{16,64}$/.test(given.key)) {
      throw new RangeError('baseMap.key must be the 天地图 key (letters and digits)');
    }
    return { kind, key: given.key };
  }
  const url = tileTemplateOf(given.url);
  const subdomains = optionalText(given.subdomains, 16, 'subdomains');
  if (subdomains !== undefined && !/^[0-9a-zA-Z]+$/.test(subdomains)) {
    throw new RangeError('baseMap.subdomains must be letters or digits, one per subdomain');
  }
  if (url.includes('{s}') && subdomains === undefined) {
    throw new RangeError('baseMap.url has {s}: give the subdomains that replace it');
  }
  const attribution = optionalText(given.attribution, 200, 'attribution');
  return {
    kind,
    url,
    ...(subdomains === undefined ? {} : { subdomains }),
    ...(attribution === undefined ? {} : { attribution }),
  };
}

/** Checks a value for the base-map key; throws a RangeError saying what is wrong. */
export const MAP_SETTING_PARSERS: { [K in keyof MapSettings]: (value: unknown) => MapSettings[K] } = {
  baseMap: baseMapOf,
};
