import { changchunChaoyang } from '../../modules/regions/demo-city/demo-division.js';
import { generateDemoCity } from '../../modules/regions/demo-city/generate-demo-city.js';
import type { Rect } from '../../modules/regions/demo-city/rectangles.js';

export interface HistoryGrid {
  code: string;
  rect: Rect;
}

export interface HistoryCommunity {
  code: string;
  name: string;
  grids: HistoryGrid[];
}

export interface HistoryStreet {
  code: string;
  name: string;
  communities: HistoryCommunity[];
}

function rectOf(ring: readonly (readonly number[])[]): Rect {
  const lngs = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return {
    west: Math.min(...lngs),
    east: Math.max(...lngs),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
}

/**
 * The demo city's streets, communities and grids with their rectangles, as seedDemoCity draws them (every
 * region of the demo city is a rectangle), without reading the database: the plan is a pure function.
 */
export function historyPlaces(): HistoryStreet[] {
  const rects = new Map<string, Rect>();
  for (const f of generateDemoCity(changchunChaoyang).features) {
    rects.set(f.properties.code, rectOf(f.geometry.coordinates[0] ?? []));
  }
  return changchunChaoyang.streets.map((s) => ({
    code: s.code,
    name: s.name,
    communities: s.communities.map((c) => ({
      code: c.code,
      name: c.name,
      grids: [...rects.entries()]
        .filter(([code]) => code.length === 15 && code.startsWith(c.code))
        .map(([code, rect]) => ({ code, rect })),
    })),
  }));
}
