import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { areaAt } from '../modules/hotspots/hotspot-area.js';
import { pointsAround } from './demo-hotspot.js';

describe("the demo hotspot's reports", () => {
  it('stand in the one area the server counts them in, even at the edge of a resolution-8 cell', () => {
    // Walk east from 永昌街道's latitude to a middle near an edge where the two ways of placing a point
    // disagree: a point of its reports (the offsets pointsAround tries) shares the middle's own
    // resolution-8 cell, but the server counts its case in another area (the parent of its
    // resolution-10 cell: H3's children do not tile their parent exactly).
    const offsets = Array.from({ length: 15 }, (_, i) => [((i % 3) - 1) * 0.0001, ((i % 5) - 2) * 0.0001]);
    let edge: { lat: number; lng: number } | undefined;
    for (let i = 0; i < 50_000 && !edge; i++) {
      const m = { lat: 39.9, lng: 116.3 + i * 0.00002 };
      const own = latLngToCell(m.lat, m.lng, 8);
      const counted = areaAt(m.lat, m.lng);
      const split = offsets.some(([dLat = 0, dLng = 0]) => {
        const p = { lat: m.lat + dLat, lng: m.lng + dLng };
        return latLngToCell(p.lat, p.lng, 8) === own && areaAt(p.lat, p.lng) !== counted;
      });
      if (split) edge = m;
    }
    expect(edge).toBeDefined();
    const middle = edge as { lat: number; lng: number };
    const points = pointsAround(middle, 15);
    expect(points).toHaveLength(15);
    expect(new Set(points.map((p) => areaAt(p.lat, p.lng)))).toEqual(
      new Set([areaAt(middle.lat, middle.lng)]),
    );
  });
});
