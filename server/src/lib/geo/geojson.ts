/**
 * The slice of GeoJSON (RFC 7946) that Needle stores: WGS-84 polygons with properties.
 * Defined here rather than taken from @types/geojson so the server does not depend on a
 * types package that the workspace may not have.
 */

/** [longitude, latitude], in that order, as RFC 7946 says. */
export type Position = [number, number];

export interface Polygon {
  type: 'Polygon';
  /** The outer ring first, then holes; every ring closed (first position = last). */
  coordinates: Position[][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type PolygonalGeometry = Polygon | MultiPolygon;

export interface Feature<G, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}
