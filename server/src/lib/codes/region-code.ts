/**
 * Region and grid codes (统计用区划代码, DB11/T 2157-2023):
 * 12 digits = 6 county (GB/T 2260) + 3 street/town (GB/T 10114) + 3 community/village;
 * a grid adds a 3-digit sequence to its community's code, 15 digits in all.
 */
export type RegionLevel = 'city' | 'district' | 'street' | 'community' | 'grid';

export const REGION_LEVELS: readonly RegionLevel[] = ['city', 'district', 'street', 'community', 'grid'];

export interface ParsedRegionCode {
  level: RegionLevel;
  /** The code of the node directly above, or null for a city. */
  parentCode: string | null;
  /** Every code below this node starts with this prefix; it is how reads are scoped. */
  prefix: string;
}

const TWELVE = /^\d{12}$/;
const FIFTEEN = /^\d{15}$/;

export function parseRegionCode(code: string): ParsedRegionCode | { error: string } {
  if (FIFTEEN.test(code)) {
    if (code.endsWith('000')) return { error: 'a grid sequence number must be 001–999' };
    const community = parseRegionCode(code.slice(0, 12));
    if ('error' in community || community.level !== 'community') {
      return { error: 'a grid code must start with a 12-digit community code' };
    }
    return { level: 'grid', parentCode: code.slice(0, 12), prefix: code };
  }
  if (!TWELVE.test(code)) return { error: 'must be a 12-digit region code or a 15-digit grid code' };
  if (code.slice(0, 2) === '00') return { error: 'the province part must not be 00' };
  const city = code.slice(2, 4);
  const county = code.slice(4, 6);
  const street = code.slice(6, 9);
  const community = code.slice(9, 12);
  if (county === '00') {
    if (street !== '000' || community !== '000')
      return { error: 'a code below a county needs the county part' };
    if (city === '00') return { error: 'province codes are not region nodes in Needle; use a city' };
    return { level: 'city', parentCode: null, prefix: code.slice(0, 4) };
  }
  if (street === '000') {
    if (community !== '000') return { error: 'a community code needs its street part' };
    return { level: 'district', parentCode: `${code.slice(0, 4)}00000000`, prefix: code.slice(0, 6) };
  }
  if (community === '000') {
    return { level: 'street', parentCode: `${code.slice(0, 6)}000000`, prefix: code.slice(0, 9) };
  }
  return { level: 'community', parentCode: `${code.slice(0, 9)}000`, prefix: code };
}

export function isRegionCode(code: string): boolean {
  return !('error' in parseRegionCode(code));
}

/** The prefix that scopes reads to everything at or below the node. */
export function regionPrefix(code: string): string {
  const parsed = parseRegionCode(code);
  if ('error' in parsed) throw new Error(`Not a region code: ${code} (${parsed.error})`);
  return parsed.prefix;
}

/** True when `code` is the node itself or lies below it. */
export function isWithin(code: string, ancestorCode: string): boolean {
  return code.startsWith(regionPrefix(ancestorCode));
}

/**
 * The district a region lies in, as the district's own code (its first six digits and six zeros): the
 * key that city data is distributed by (docs/scaling.md, section 4). A city has no district.
 */
export function districtCodeOf(code: string): string {
  const parsed = parseRegionCode(code);
  if ('error' in parsed || parsed.level === 'city') throw new Error(`Not a region in a district: ${code}`);
  return `${code.slice(0, 6)}000000`;
}

/**
 * Where a row about a region lives on Citus: the district it lies in, or for a city (whose rows span
 * its districts) the city's own code, a home of its own. Takes a code or a prefix of one.
 */
export const districtHomeOf = (codeOrPrefix: string): string => codeOrPrefix.slice(0, 6).padEnd(12, '0');

/** The district a jurisdiction's region prefix lies in, or undefined for a city-wide prefix (or none). */
export function districtCodeOfPrefix(prefix: string): string | undefined {
  return prefix.length >= 6 ? `${prefix.slice(0, 6)}000000` : undefined;
}
