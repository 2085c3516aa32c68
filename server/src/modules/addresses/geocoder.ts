import type { AddressMatch } from '@needle/contract';
import type { Jurisdiction } from '../auth/jurisdiction.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { GeocoderSetting } from './geocoder-settings.js';
import type { Locate } from './import-addresses.js';

/** A city's service answers with more than an operator can read during a call. */
const MAX_ANSWERS = 10;

export type GeocoderAnswer =
  | { status: 'answered'; matches: AddressMatch[] }
  | { status: 'failed'; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The list in the answer: the body itself, or its `results` or `items`. */
function listOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (isRecord(body)) {
    if (Array.isArray(body.results)) return body.results;
    if (Array.isArray(body.items)) return body.items;
  }
  return [];
}

function pointOf(item: Record<string, unknown>): { text: string; lat: number; lng: number } | null {
  const text = [item.text, item.name, item.address].find((v) => typeof v === 'string' && v.trim() !== '');
  const lat = Number(item.lat);
  const lng = Number(item.lng ?? item.lon);
  if (typeof text !== 'string' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { text: text.trim().slice(0, 200), lat, lng };
}

/**
 * Asks the city's own geocoder for the typed text: GET the URL template with {q} filled in, expecting
 * JSON, a list of {text|name|address, lat, lng} in WGS-84 (or such a list under `results` or `items`).
 * A slow, failing or malformed service never fails the search: its answer is just left out. Points
 * outside the viewer's jurisdiction are dropped, as the gazetteer's would be.
 */
export async function askGeocoder(
  setting: GeocoderSetting,
  q: string,
  locate: Locate,
  viewer: Jurisdiction,
): Promise<GeocoderAnswer> {
  const url = setting.urlTemplate.replaceAll('{q}', encodeURIComponent(q));
  let body: unknown;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(setting.timeoutMs),
      headers: { accept: 'application/json' },
      redirect: 'error',
    });
    if (!response.ok) return { status: 'failed', reason: `HTTP ${response.status}` };
    body = await response.json();
  } catch (err) {
    return {
      status: 'failed',
      reason: (err as Error).name === 'TimeoutError' ? 'timeout' : (err as Error).message,
    };
  }
  const matches: AddressMatch[] = [];
  for (const item of listOf(body)) {
    if (matches.length >= MAX_ANSWERS) break;
    const point = isRecord(item) ? pointOf(item) : null;
    if (!point) continue;
    const at = locate(point.lat, point.lng);
    if (viewer.kind !== 'everywhere' && (!at || !regionVisible(viewer, at.grid.code))) continue;
    matches.push({
      id: null,
      kind: 'address',
      text: point.text,
      lat: point.lat,
      lng: point.lng,
      community: at ? at.community : null,
      street: at ? at.street : null,
      gridCode: at ? at.grid.code : null,
      external: true,
      distanceMeters: null,
    });
  }
  return { status: 'answered', matches };
}
