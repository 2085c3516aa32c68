import type { Position } from './geojson.js';

/**
 * Checks a region importer runs on geometry it did not draw itself, so that a bad file is refused
 * with a reason a person can act on, instead of breaking the grid index later.
 */

/** RFC 7946: a linear ring needs at least four positions, the last equal to the first. */
const MIN_RING_POSITIONS = 4;

export function ringIsClosed(ring: readonly (readonly number[])[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return false;
  return first[0] === last[0] && first[1] === last[1];
}

/** Returns why the value is not a WGS-84 GeoJSON Polygon or MultiPolygon, or null if it is one. */
export function validatePolygonGeometry(geometry: unknown): string | null {
  if (typeof geometry !== 'object' || geometry === null) return 'geometry must be an object';
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblem(coordinates, 'polygon');
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return 'MultiPolygon coordinates must be a non-empty array of polygons';
    }
    for (const [index, polygon] of coordinates.entries()) {
      const problem = polygonProblem(polygon, `polygon ${index + 1}`);
      if (problem !== null) return problem;
    }
    return null;
  }
  return `geometry type must be Polygon or MultiPolygon, got ${JSON.stringify(type) ?? 'nothing'}`;
}

function polygonProblem(rings: unknown, where: string): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return `${where} must be a non-empty array of rings`;
  for (const [index, ring] of rings.entries()) {
    const problem = ringProblem(ring, `${where}, ring ${index + 1}`);
    if (problem !== null) return problem;
  }
  return null;
}

function ringProblem(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring)) return `${where} must be an array of positions`;
  if (ring.length < MIN_RING_POSITIONS) {
    return `${where} has ${ring.length} positions; a ring needs at least ${MIN_RING_POSITIONS}`;
  }
  for (const [index, position] of ring.entries()) {
    const problem = positionProblem(position);
    if (problem !== null) return `${where}, position ${index + 1}: ${problem}`;
  }
  if (!ringIsClosed(ring as Position[])) {
    return `${where} is not closed: its last position must equal its first`;
  }
  return null;
}

function positionProblem(position: unknown): string | null {
  // A third number (altitude) is allowed by RFC 7946 and ignored by Needle.
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
    return 'must be [longitude, latitude]';
  }
  if (!position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return 'coordinates must be finite numbers';
  }
  const [lng, lat] = position as Position;
  if (lng < -180 || lng > 180) return `longitude ${lng} is outside [-180, 180]`;
  if (lat < -90 || lat > 90) {
    return `latitude ${lat} is outside [-90, 90] (are longitude and latitude swapped?)`;
  }
  return null;
}
