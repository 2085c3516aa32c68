import { randomUUID } from 'node:crypto';
import { metresBetween } from '../../lib/geo/distance.js';
import { encodeTrack } from './track-code.js';
import { type Box, generateWalk } from './walk-generator.js';

/** A required point of the grid, as the walk is checked against it. */
export interface WalkedPoint {
  id: string;
  lat: number;
  lng: number;
  radiusM: number;
}

/**
 * A patrol walked and sent whole, as the server keeps it once the phone's batches are in: the track
 * encoded, its length, the grid's points it came within radius of, and a GPS check-in at each of them
 * where the walk first reached it. For the demo city and the city generator, which write history
 * without a phone.
 */
export function walkedPatrol(p: {
  districtCode: string;
  gridCode: string;
  workerId: string;
  box: Box;
  points: readonly WalkedPoint[];
  startedAt: Date;
  minutes: number;
  random: () => number;
}) {
  const walk = generateWalk(p.box, p.minutes, p.random);
  const id = randomUUID();
  const reached = p.points.flatMap((point) => {
    const at = walk.find((w) => metresBetween(w, point) <= point.radiusM);
    return at ? [{ point, at }] : [];
  });
  const patrol = {
    districtCode: p.districtCode,
    id,
    regionCode: p.gridCode,
    workerId: p.workerId,
    startedAt: p.startedAt,
    endedAt: new Date(p.startedAt.getTime() + p.minutes * 60_000),
    track: encodeTrack(walk),
    trackPoints: walk.length,
    trackBatches: [0],
    distanceM: Math.round(walk.slice(1).reduce((s, w, i) => s + metresBetween(walk[i] ?? w, w), 0)),
    passedPointIds: reached.map((r) => r.point.id),
    pointsTotal: p.points.length,
    receivedAt: p.startedAt,
  };
  const checkins = reached.map(({ point, at }) => ({
    districtCode: p.districtCode,
    patrolId: id,
    pointId: point.id,
    at: new Date(p.startedAt.getTime() + at.t * 1000),
    method: 'gps' as const,
    lat: at.lat,
    lng: at.lng,
    distanceM: Math.round(metresBetween(at, point)),
  }));
  return { patrol, checkins };
}
