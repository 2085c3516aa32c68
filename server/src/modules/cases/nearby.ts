import { type AnyColumn, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { getHexagonEdgeLengthAvg, gridDisk, latLngToCell } from 'h3-js';

/** Resolution 10: cells about 76 m across an edge, fine enough for a 50 m duplicate radius. */
export const H3_RESOLUTION = 10;

export const cellOf = (lat: number, lng: number): string => latLngToCell(lat, lng, H3_RESOLUTION);

// Cells vary in size over the globe; 1.5× the average edge keeps the ring count on the safe side.
const EDGE_M = getHexagonEdgeLengthAvg(H3_RESOLUTION, 'm') * 1.5;

/**
 * Every cell that may hold a point within `radiusM` of the given one: a point that far away lies in a
 * cell whose centre is at most radius + two circumradii off, and neighbouring centres are √3 edges apart.
 */
export function cellsWithin(lat: number, lng: number, radiusM: number): string[] {
  const rings = Math.ceil((radiusM + 2 * EDGE_M) / (Math.sqrt(3) * EDGE_M));
  return gridDisk(cellOf(lat, lng), rings);
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine). */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The same haversine distance in metres, computed by the database from a point to each row's columns. */
export function distanceSql(
  from: { lat: number | Placeholder; lng: number | Placeholder },
  lat: AnyColumn,
  lng: AnyColumn,
): SQL<number> {
  const dLat = sql`radians(${lat} - ${from.lat}::float8)`;
  const dLng = sql`radians(${lng} - ${from.lng}::float8)`;
  const h = sql`power(sin(${dLat} / 2), 2) + cos(radians(${from.lat}::float8)) * cos(radians(${lat})) * power(sin(${dLng} / 2), 2)`;
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(sqrt(${h})))`.mapWith(Number);
}

/**
 * A latitude/longitude box that holds every point within `radiusM` of the given one: cheap comparisons
 * that spare the database the haversine for the rows outside it. A degree of latitude is never shorter
 * than R·π/180, and a degree of longitude is shortest at the box's edge farthest from the equator.
 */
export function boxAround(at: { lat: number; lng: number }, radiusM: number) {
  const rad = Math.PI / 180;
  const dLat = (radiusM / EARTH_RADIUS_M / rad) * 1.01;
  const cosEdge = Math.cos(Math.min(89.9, Math.abs(at.lat) + dLat) * rad);
  const dLng = Math.min(180, dLat / cosEdge);
  return { south: at.lat - dLat, north: at.lat + dLat, west: at.lng - dLng, east: at.lng + dLng };
}
