import type { MapCases } from '@needle/contract';
import Supercluster, { type PointFeature } from 'supercluster';
import type { Projection } from './projection';

/** What a single case carries into the index: its place in the columns and its light. */
export interface CasePoint {
  i: number;
  light: number;
}
/** What a cluster sums up: the worst light inside, so one red case is not hidden in a green bubble. */
export interface ClusterSummary {
  worst: number;
}

export type CaseIndex = Supercluster<CasePoint, ClusterSummary>;

// Bubbles this far apart (in pixels) merge; past zoom 17 every case stands alone.
const CLUSTER_RADIUS = 60;
export const CLUSTER_MAX_ZOOM = 17;

/**
 * The cases as a supercluster index, in the coordinates they are drawn in (shifted onto GCJ-02 tiles),
 * so that the map's own bounds select them. Built once per answer; panning only asks it.
 */
export function caseIndex(cases: MapCases, projection: Projection): CaseIndex {
  const points: PointFeature<CasePoint>[] = new Array(cases.count);
  for (let i = 0; i < cases.count; i++) {
    const [lat, lng] = projection.toMap(cases.lat[i] ?? 0, cases.lng[i] ?? 0);
    points[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { i, light: cases.light[i] ?? 0 },
    };
  }
  return new Supercluster<CasePoint, ClusterSummary>({
    radius: CLUSTER_RADIUS,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ worst: p.light }),
    reduce: (into, p) => {
      into.worst = Math.max(into.worst, p.worst);
    },
  }).load(points);
}

/** Light codes of MapCasesResponse (0 none, 1 green, 2 yellow, 3 red) as colours. */
export const lightColours = ['#8c8c8c', '#52c41a', '#faad14', '#f5222d'] as const;
export const lightColour = (code: number): string => lightColours[code] ?? lightColours[0];
