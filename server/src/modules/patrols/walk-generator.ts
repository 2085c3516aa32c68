import type { TrackPoint } from './track-code.js';

/** A grid's bounding box in WGS-84 degrees. */
export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

const M_PER_DEG_LAT = 111_320;

/**
 * A patrol as a phone records it, for the demo city and the storage benchmark: a walk along the
 * grid's streets (straight blocks, turns at corners, kept inside the box) at 1.0–1.5 m/s, a point kept
 * every 10 m or 30 s as the phone's sampler does, with a few metres of GPS noise and a stop or two.
 */
export function generateWalk(box: Box, minutes: number, random: () => number): TrackPoint[] {
  const mPerDegLng = M_PER_DEG_LAT * Math.cos(((box.south + box.north) / 2) * (Math.PI / 180));
  let lat = box.south + (box.north - box.south) * (0.2 + 0.6 * random());
  let lng = box.west + (box.east - box.west) * (0.2 + 0.6 * random());
  let heading = Math.floor(random() * 4);
  let blockLeft = 60 + random() * 120;
  const points: TrackPoint[] = [];
  const noise = () => (random() - 0.5) * 6;
  let t = 0;
  let sinceKept = 0;
  let movedSinceKept = 0;
  while (t <= minutes * 60) {
    if (points.length === 0 || movedSinceKept >= 10 || sinceKept >= 30) {
      points.push({
        lat: Math.round((lat + noise() / M_PER_DEG_LAT) * 1e5) / 1e5,
        lng: Math.round((lng + noise() / mPerDegLng) * 1e5) / 1e5,
        t,
      });
      sinceKept = 0;
      movedSinceKept = 0;
    }
    // One second of walking, or of standing at a point (a stop is a minute or two).
    const standing = random() < 0.004 ? 60 + Math.floor(random() * 60) : 0;
    if (standing > 0) {
      t += standing;
      sinceKept += standing;
      continue;
    }
    const speed = 1 + random() * 0.5;
    const [dLat, dLng] = [
      [speed, 0],
      [0, speed],
      [-speed, 0],
      [0, -speed],
    ][heading] as [number, number];
    const nextLat = lat + dLat / M_PER_DEG_LAT;
    const nextLng = lng + dLng / mPerDegLng;
    blockLeft -= speed;
    if (
      blockLeft <= 0 ||
      nextLat < box.south ||
      nextLat > box.north ||
      nextLng < box.west ||
      nextLng > box.east
    ) {
      // A corner: turn left or right (or back, at the grid's edge) and walk the next block.
      heading = (heading + (random() < 0.5 ? 1 : 3)) % 4;
      blockLeft = 60 + random() * 120;
      continue;
    }
    lat = nextLat;
    lng = nextLng;
    t += 1;
    sinceKept += 1;
    movedSinceKept += speed;
  }
  return points;
}
