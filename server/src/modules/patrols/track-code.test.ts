import { describe, expect, it } from 'vitest';
import { decodeTrack, encodeTrack, mergeTracks, type TrackPoint } from './track-code.js';

const walk = (n: number, from = 0): TrackPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    lat: Math.round((43.87 + (from + i) * 0.00009) * 1e5) / 1e5,
    lng: Math.round((125.32 - (from + i) * 0.00004) * 1e5) / 1e5,
    t: (from + i) * 10,
  }));

describe('the track code', () => {
  it('reads back every point it wrote, to the metre and the second', () => {
    const points = walk(360);
    expect(decodeTrack(encodeTrack(points))).toEqual(points);
  });

  it('keeps negative steps, large jumps and the empty track', () => {
    const points = [
      { lat: 43.87, lng: 125.32, t: 0 },
      { lat: 43.86999, lng: 125.31, t: 7 },
      { lat: -33.86, lng: 151.2, t: 86_400 },
    ];
    expect(decodeTrack(encodeTrack(points))).toEqual(points);
    expect(decodeTrack('')).toEqual([]);
  });

  it('takes under 8 bytes a point for a walk sampled every 10 s', () => {
    expect(encodeTrack(walk(360)).length / 360).toBeLessThan(8);
  });

  it('merges batches in time order, a batch sent twice adding nothing', () => {
    const first = walk(5);
    const second = walk(5, 5);
    expect(mergeTracks(mergeTracks(second, first), second)).toEqual(walk(10));
  });

  it('keeps points of the same second that are in different places (a fast fix rate, a vehicle)', () => {
    const sameSecond = [
      { lat: 43.87, lng: 125.32, t: 5 },
      { lat: 43.8702, lng: 125.32, t: 5 },
    ];
    expect(mergeTracks([], sameSecond)).toEqual(sameSecond);
  });
});
