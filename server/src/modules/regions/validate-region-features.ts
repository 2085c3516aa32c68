import { parseRegionCode, type RegionLevel } from '../../lib/codes/region-code.js';
import type { PolygonalGeometry } from '../../lib/geo/geojson.js';
import { validatePolygonGeometry } from '../../lib/geo/polygon-checks.js';
import type { FeatureProblem, RegionRecord } from './region-feature.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LEVEL_ORDER: Record<RegionLevel, number> = { city: 0, district: 1, street: 2, community: 3, grid: 4 };

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function optionalDate(value: unknown, field: string): { value: string | null } | { error: string } {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string' || !isRealDate(value)) return { error: `${field} must be a date YYYY-MM-DD` };
  return { value };
}

function readFeature(feature: unknown): RegionRecord | { code: string | null; error: string } {
  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') {
    return { code: null, error: 'not a GeoJSON Feature' };
  }
  const { properties, geometry } = feature as { properties?: unknown; geometry?: unknown };
  if (typeof properties !== 'object' || properties === null)
    return { code: null, error: 'properties are missing' };
  const p = properties as Record<string, unknown>;
  if (typeof p.code !== 'string') return { code: null, error: 'properties.code must be a string' };
  const code = p.code;
  const parsed = parseRegionCode(code);
  if ('error' in parsed) return { code, error: `bad code: ${parsed.error}` };
  if (p.level !== undefined && p.level !== parsed.level) {
    return { code, error: `level "${String(p.level)}" does not match the code, which is a ${parsed.level}` };
  }
  if (typeof p.name !== 'string' || p.name.trim() === '' || p.name.length > 100) {
    return { code, error: 'name must be a non-empty string of at most 100 characters' };
  }
  const geometryProblem = validatePolygonGeometry(geometry);
  if (geometryProblem) return { code, error: `bad geometry: ${geometryProblem}` };
  let gridType: RegionRecord['gridType'] = null;
  if (parsed.level === 'grid') {
    if (p.gridType !== undefined && p.gridType !== 'basic' && p.gridType !== 'special') {
      return { code, error: 'gridType must be "basic" or "special"' };
    }
    gridType = p.gridType ?? 'basic';
  } else if (p.gridType !== undefined) {
    return { code, error: 'only grids have a gridType' };
  }
  const owner = p.ownerOfLastResort;
  if (owner !== undefined && owner !== null && (typeof owner !== 'string' || owner.length > 100)) {
    return { code, error: 'ownerOfLastResort must be a string of at most 100 characters' };
  }
  const validFrom = optionalDate(p.validFrom, 'validFrom');
  if ('error' in validFrom) return { code, error: validFrom.error };
  const validTo = optionalDate(p.validTo, 'validTo');
  if ('error' in validTo) return { code, error: validTo.error };
  if (validFrom.value && validTo.value && validTo.value < validFrom.value) {
    return { code, error: 'validTo is before validFrom' };
  }
  return {
    code,
    name: p.name.trim(),
    level: parsed.level,
    parentCode: parsed.parentCode,
    geometry: geometry as PolygonalGeometry,
    gridType,
    ownerOfLastResort: typeof owner === 'string' ? owner : null,
    validFrom: validFrom.value,
    validTo: validTo.value,
  };
}

/**
 * Checks a whole FeatureCollection before anything is written, so an import is all or nothing.
 * `existingCodes` answers whether a parent is already in the database.
 * Returns the records parents-first, or every problem found, each naming its feature.
 */
export function validateRegionFeatures(
  collection: unknown,
  existingCodes: ReadonlySet<string>,
): { records: RegionRecord[] } | { problems: FeatureProblem[] } {
  if (
    typeof collection !== 'object' ||
    collection === null ||
    (collection as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((collection as { features?: unknown }).features)
  ) {
    return { problems: [{ index: -1, code: null, reason: 'the file is not a GeoJSON FeatureCollection' }] };
  }
  const features = (collection as { features: unknown[] }).features;
  if (features.length === 0)
    return { problems: [{ index: -1, code: null, reason: 'the collection has no features' }] };
  const problems: FeatureProblem[] = [];
  const records: RegionRecord[] = [];
  const seen = new Map<string, number>();
  features.forEach((feature, index) => {
    const read = readFeature(feature);
    if ('error' in read) {
      problems.push({ index, code: read.code, reason: read.error });
      return;
    }
    const earlier = seen.get(read.code);
    if (earlier !== undefined) {
      problems.push({
        index,
        code: read.code,
        reason: `the same code already appears in feature #${earlier}`,
      });
      return;
    }
    seen.set(read.code, index);
    records.push(read);
  });
  for (const r of records) {
    const parentKnown = r.parentCode === null || seen.has(r.parentCode) || existingCodes.has(r.parentCode);
    // A district may stand at the top when its city is not managed in Needle.
    if (!parentKnown && r.level !== 'district') {
      problems.push({
        index: seen.get(r.code) ?? -1,
        code: r.code,
        reason: `its parent ${r.parentCode} does not exist`,
      });
    }
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.index - b.index) };
  for (const r of records) {
    if (
      r.level === 'district' &&
      r.parentCode &&
      !seen.has(r.parentCode) &&
      !existingCodes.has(r.parentCode)
    ) {
      r.parentCode = null;
    }
  }
  return { records: records.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]) };
}

export function describeProblems(problems: FeatureProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => {
    const which = p.index < 0 ? 'file' : `feature #${p.index}${p.code ? ` (${p.code})` : ''}`;
    return `${which}: ${p.reason}`;
  });
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  return `Nothing was imported. ${shown.join('; ')}${more}`;
}
