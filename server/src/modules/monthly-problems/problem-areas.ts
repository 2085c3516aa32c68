import { regionPrefix } from '../../lib/codes/region-code.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { Jurisdiction } from '../auth/jurisdiction.js';
import type { RegionDirectory } from '../regions/region-directory.js';

/** Where a month's problem is chosen: a district, or the part of it the viewer answers for. */
export interface ProblemArea {
  /** The district's 12-digit code (its six digits and six zeros). */
  districtCode: string;
  districtName: string;
  /** The area the figures are of, and every region code in it starts with `prefix`. */
  regionCode: string;
  regionName: string;
  prefix: string;
}

const districtOf = (code: string) => `${code.slice(0, 6)}000000`;

/**
 * One area per district the viewer's jurisdiction reaches: a city's staff see each of its districts, a
 * district's its own, and a street's, community's or grid's staff their own part of their district
 * (the figures of the rest of it are not theirs to read). A department answers for what is routed to
 * it, not for a district's complaints: it has none.
 */
export function problemAreas(directory: RegionDirectory, j: Jurisdiction): ProblemArea[] {
  if (j.kind === 'department') return [];
  const name = (code: string) => directory.node(code)?.name ?? code;
  const whole = (code: string): ProblemArea => ({
    districtCode: code,
    districtName: name(code),
    regionCode: code,
    regionName: name(code),
    prefix: code.slice(0, 6),
  });
  if (j.kind === 'everywhere') return directory.nodesAtLevel('district').map((d) => whole(d.code));
  const node = directory.node(j.regionCode);
  if (!node) return [];
  if (node.level === 'city') {
    const prefix = regionPrefix(node.code);
    return directory
      .nodesAtLevel('district')
      .filter((d) => d.code.startsWith(prefix))
      .map((d) => whole(d.code));
  }
  if (node.level === 'district') return [whole(node.code)];
  const district = districtOf(node.code);
  return [
    {
      districtCode: district,
      districtName: name(district),
      regionCode: node.code,
      regionName: node.name,
      prefix: regionPrefix(node.code),
    },
  ];
}

/** The viewer's area in one district; another district is not found, as every read outside the jurisdiction is. */
export function problemAreaOf(
  directory: RegionDirectory,
  j: Jurisdiction,
  districtCode: string,
): ProblemArea {
  const area = problemAreas(directory, j).find((a) => a.districtCode === districtCode);
  if (!area) {
    throw notFound(
      'DISTRICT_NOT_FOUND',
      `District ${districtCode} does not exist or is outside your jurisdiction`,
    );
  }
  return area;
}

/** What an answer says of its area (the prefix is the server's own business). */
export const areaFields = (a: ProblemArea) => ({
  districtCode: a.districtCode,
  districtName: a.districtName,
  regionCode: a.regionCode,
  regionName: a.regionName,
});
