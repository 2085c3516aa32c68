/**
 * A patrol's track as text: each point's latitude and longitude (1e-5°, about a metre) and its time
 * (whole seconds after the patrol started), every value the difference from the point before, written
 * in the encoded-polyline alphabet (the scheme of Google's polyline format, extended to a third value).
 * A walk's consecutive points differ by little, so most values take one or two characters: an hour at
 * one point every 10 s is about 2 KB.
 */
export interface TrackPoint {
  lat: number;
  lng: number;
  /** Seconds after the patrol started. */
  t: number;
}

const SCALE = 1e5;

function encodeValue(value: number, out: string[]): void {
  let v = value < 0 ? ~(value << 1) : value << 1;
  while (v >= 0x20) {
    out.push(String.fromCharCode((0x20 | (v & 0x1f)) + 63));
    v >>>= 5;
  }
  out.push(String.fromCharCode(v + 63));
}

export function encodeTrack(points: readonly TrackPoint[]): string {
  const out: string[] = [];
  let prev = [0, 0, 0];
  for (const p of points) {
    const cur = [Math.round(p.lat * SCALE), Math.round(p.lng * SCALE), Math.round(p.t)];
    for (let i = 0; i < 3; i++) encodeValue((cur[i] ?? 0) - (prev[i] ?? 0), out);
    prev = cur;
  }
  return out.join('');
}

export function decodeTrack(text: string): TrackPoint[] {
  const points: TrackPoint[] = [];
  const acc = [0, 0, 0];
  let i = 0;
  let dim = 0;
  while (i < text.length) {
    let shift = 0;
    let result = 0;
    let byte: number;
    do {
      byte = text.charCodeAt(i++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20 && i < text.length);
    acc[dim] = (acc[dim] ?? 0) + (result & 1 ? ~(result >> 1) : result >> 1);
    dim = (dim + 1) % 3;
    if (dim === 0) points.push({ lat: (acc[0] ?? 0) / SCALE, lng: (acc[1] ?? 0) / SCALE, t: acc[2] ?? 0 });
  }
  return points;
}

/**
 * The points of two tracks as one, in time order (a stable sort: points of the same second keep the
 * order they were walked in); the same point at the same second, sent twice, is kept once.
 */
export function mergeTracks(a: readonly TrackPoint[], b: readonly TrackPoint[]): TrackPoint[] {
  const seen = new Map<string, TrackPoint>();
  for (const p of [...a, ...b]) {
    const key = `${p.t}:${Math.round(p.lat * 1e5)}:${Math.round(p.lng * 1e5)}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()].sort((x, y) => x.t - y.t);
}
