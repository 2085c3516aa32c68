import { describe, expect, it } from 'vitest';
import { boxAround, cellOf, cellsWithin, distanceM } from './nearby.js';

/** The point `metres` away from (lat, lng) towards `bearingDeg`. */
function offset(lat: number, lng: number, metres: number, bearingDeg: number) {
  const r = 6_371_008.8;
  const b = (bearingDeg * Math.PI) / 180;
  const dLat = (metres * Math.cos(b)) / r;
  const dLng = (metres * Math.sin(b)) / (r * Math.cos((lat * Math.PI) / 180));
  return { lat: lat + (dLat * 180) / Math.PI, lng: lng + (dLng * 180) / Math.PI };
}

describe('nearby cells', () => {
  it('every point within the radius lies in one of the cells searched', () => {
    for (let i = 0; i < 400; i++) {
      const lat = 43.8 + (i % 20) * 0.007;
      const lng = 125.2 + Math.floor(i / 20) * 0.009;
      const cells = new Set(cellsWithin(lat, lng, 50));
      for (let bearing = 0; bearing < 360; bearing += 15) {
        for (const m of [10, 30, 49.9]) {
          const q = offset(lat, lng, m, bearing);
          expect(cells.has(cellOf(q.lat, q.lng))).toBe(true);
        }
      }
    }
  });

  it('measures distance in metres', () => {
    const q = offset(43.88, 125.32, 50, 73);
    expect(distanceM({ lat: 43.88, lng: 125.32 }, q)).toBeCloseTo(50, 3);
  });

  it('draws a box that holds every point within the radius, at any latitude', () => {
    for (const lat of [0, 22.5, 43.9, 60, 80]) {
      const box = boxAround({ lat, lng: 125 }, 50);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        const q = offset(lat, 125, 49.99, bearing);
        expect(q.lat).toBeGreaterThanOrEqual(box.south);
        expect(q.lat).toBeLessThanOrEqual(box.north);
        expect(q.lng).toBeGreaterThanOrEqual(box.west);
        expect(q.lng).toBeLessThanOrEqual(box.east);
      }
    }
  });
});
