import { ADDRESS_KINDS, type AddressImportProblem, type AddressKind } from '@needle/contract';
import { csvRows } from './csv-rows.js';

/** One gazetteer entry as a file gives it, checked. */
export interface AddressRow {
  kind: AddressKind;
  text: string;
  lat: number;
  lng: number;
  source: string;
}

/** Rows carry this source when the file names none. */
export const DEFAULT_SOURCE = 'import';
const MAX_TEXT = 200;
const MAX_SOURCE = 50;
/** A file is one district or city: more rows than this is a mistake, not a gazetteer. */
export const MAX_ROWS = 200_000;

export type ReadRows = { rows: AddressRow[]; problems: AddressImportProblem[] };

/** The CSV header: these names, in any order; `source` may be left out. */
export const CSV_COLUMNS = ['kind', 'text', 'lat', 'lng'] as const;

function checkRow(values: {
  kind: unknown;
  text: unknown;
  lat: unknown;
  lng: unknown;
  source: unknown;
}): AddressRow | string {
  const kind = ADDRESS_KINDS.find((k) => k === values.kind);
  if (!kind) return `kind must be one of ${ADDRESS_KINDS.join(', ')}, got ${JSON.stringify(values.kind)}`;
  const text = typeof values.text === 'string' ? values.text.trim() : '';
  if (text === '' || text.length > MAX_TEXT) return `text must be 1 to ${MAX_TEXT} characters`;
  const lat = typeof values.lat === 'string' && values.lat.trim() !== '' ? Number(values.lat) : values.lat;
  const lng = typeof values.lng === 'string' && values.lng.trim() !== '' ? Number(values.lng) : values.lng;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)
    return 'lat must be a WGS-84 latitude from -90 to 90';
  if (typeof lng !== 'number' || !Number.isFinite(lng) || lng < -180 || lng > 180)
    return 'lng must be a WGS-84 longitude from -180 to 180';
  const source =
    values.source === undefined || values.source === null || values.source === ''
      ? DEFAULT_SOURCE
      : values.source;
  if (typeof source !== 'string' || source.trim() === '' || source.length > MAX_SOURCE)
    return `source must be a name of at most ${MAX_SOURCE} characters`;
  return { kind, text, lat, lng, source: source.trim() };
}

function tooMany(count: number): AddressImportProblem[] {
  return count > MAX_ROWS
    ? [{ row: -1, reason: `the file has ${count} rows; import at most ${MAX_ROWS} at a time` }]
    : [];
}

/** A GeoJSON FeatureCollection of Point features with properties kind, text (or name), source. */
export function readGeoJsonRows(collection: { features: unknown[] }): ReadRows {
  const { features } = collection;
  const problems = tooMany(features.length);
  if (problems.length > 0) return { rows: [], problems };
  if (features.length === 0)
    return { rows: [], problems: [{ row: -1, reason: 'the collection has no features' }] };
  const rows: AddressRow[] = [];
  features.forEach((feature, row) => {
    const f = feature as { type?: unknown; geometry?: unknown; properties?: unknown } | null;
    const geometry = f?.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
      problems.push({ row, reason: 'not a GeoJSON Feature' });
      return;
    }
    const coordinates = geometry?.coordinates;
    if (geometry?.type !== 'Point' || !Array.isArray(coordinates) || coordinates.length < 2) {
      problems.push({ row, reason: 'geometry must be a Point [lng, lat]' });
      return;
    }
    const p = (typeof f.properties === 'object' && f.properties !== null ? f.properties : {}) as Record<
      string,
      unknown
    >;
    const checked = checkRow({
      kind: p.kind,
      text: p.text ?? p.name,
      lat: coordinates[1],
      lng: coordinates[0],
      source: p.source,
    });
    if (typeof checked === 'string') problems.push({ row, reason: checked });
    else rows.push(checked);
  });
  return { rows, problems };
}

/** CSV with a header row naming kind, text, lat, lng and optionally source; rows are counted from 2. */
export function readCsvRows(text: string): ReadRows {
  const [header, ...body] = csvRows(text);
  if (!header) return { rows: [], problems: [{ row: -1, reason: 'the file is empty' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        { row: 1, reason: `the header lacks ${missing.join(', ')} (columns: kind,text,lat,lng[,source])` },
      ],
    };
  }
  const problems = tooMany(body.length);
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ row: -1, reason: 'the file has no rows' }] };
  const at = (fields: string[], name: string) => {
    const i = names.indexOf(name);
    return i < 0 ? undefined : fields[i]?.trim();
  };
  const rows: AddressRow[] = [];
  body.forEach((fields, i) => {
    const checked = checkRow({
      kind: at(fields, 'kind'),
      text: at(fields, 'text'),
      lat: at(fields, 'lat') ?? '',
      lng: at(fields, 'lng') ?? '',
      source: at(fields, 'source'),
    });
    if (typeof checked === 'string') problems.push({ row: i + 2, reason: checked });
    else rows.push(checked);
  });
  return { rows, problems };
}
