import { describe, expect, it } from 'vitest';
import type { Position } from './geojson.js';
import { ringIsClosed, validatePolygonGeometry } from './polygon-checks.js';

const square: Position[] = [
  [125.3, 43.8],
  [125.31, 43.8],
  [125.31, 43.81],
  [125.3, 43.81],
  [125.3, 43.8],
];
const hole: Position[] = [
  [125.302, 43.802],
  [125.302, 43.804],
  [125.304, 43.804],
  [125.302, 43.802],
];

describe('ringIsClosed', () => {
  it('is true when the last position equals the first', () => {
    expect(ringIsClosed(square)).toBe(true);
  });

  it('is false when only one coordinate of the last position matches', () => {
    expect(ringIsClosed([...square.slice(0, 4), [125.3, 43.9]])).toBe(false);
  });

  it('is false for an empty ring', () => {
    expect(ringIsClosed([])).toBe(false);
  });
});

describe('validatePolygonGeometry', () => {
  it('accepts a polygon with a hole and a multipolygon', () => {
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [square, hole] })).toBeNull();
    expect(validatePolygonGeometry({ type: 'MultiPolygon', coordinates: [[square], [hole]] })).toBeNull();
  });

  it('accepts an altitude as a third number', () => {
    const withAltitude = square.map(([lng, lat]) => [lng, lat, 200]);
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [withAltitude] })).toBeNull();
  });

  it('refuses what is not a polygon', () => {
    expect(validatePolygonGeometry(null)).toMatch(/must be an object/);
    expect(validatePolygonGeometry('POLYGON((0 0))')).toMatch(/must be an object/);
    expect(validatePolygonGeometry({ type: 'Point', coordinates: [125.3, 43.8] })).toMatch(
      /must be Polygon or MultiPolygon, got "Point"/,
    );
    expect(validatePolygonGeometry({ coordinates: [square] })).toMatch(/got nothing/);
  });

  it('refuses empty coordinates', () => {
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [] })).toMatch(/non-empty array of rings/);
    expect(validatePolygonGeometry({ type: 'MultiPolygon', coordinates: [] })).toMatch(/non-empty array/);
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: 'x' })).toMatch(/non-empty array/);
  });

  it('refuses a ring with fewer than four positions', () => {
    const triangleOpen = square.slice(0, 3);
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [triangleOpen] })).toBe(
      'polygon, ring 1 has 3 positions; a ring needs at least 4',
    );
  });

  it('refuses a ring that is not closed, naming where', () => {
    const open = [...square.slice(0, 4), [125.305, 43.8]];
    expect(validatePolygonGeometry({ type: 'MultiPolygon', coordinates: [[square], [square, open]] })).toBe(
      'polygon 2, ring 2 is not closed: its last position must equal its first',
    );
  });

  it('refuses coordinates that are not finite numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '125.3', null]) {
      const ring = [[bad, 43.8], ...square.slice(1, 4), [bad, 43.8]];
      expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [ring] })).toBe(
        'polygon, ring 1, position 1: coordinates must be finite numbers',
      );
    }
  });

  it('refuses positions that are not pairs', () => {
    const ring = [[125.3], ...square.slice(1)];
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [ring] })).toMatch(
      /position 1: must be \[longitude, latitude\]/,
    );
  });

  it('refuses longitudes and latitudes out of range, hinting at swapped axes', () => {
    const lngOut = square.map(([lng, lat]) => [lng + 100, lat]);
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [lngOut] })).toMatch(
      /longitude 225.3 is outside \[-180, 180\]/,
    );
    const swapped = square.map(([lng, lat]) => [lat, lng]);
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [swapped] })).toMatch(
      /latitude 125.3 is outside \[-90, 90\] \(are longitude and latitude swapped\?\)/,
    );
  });

  it('accepts the edges of the valid ranges', () => {
    const world: Position[] = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, 90],
      [-180, -90],
    ];
    expect(validatePolygonGeometry({ type: 'Polygon', coordinates: [world] })).toBeNull();
  });
});
