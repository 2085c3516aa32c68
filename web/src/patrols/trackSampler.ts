/**
 * Which GPS fixes a patrol keeps, and when the kept ones go out as a batch. Plain functions over plain
 * values, so the rate is tested without a phone. A fix is kept when the worker has moved 10 m since
 * the last kept one, or 30 s have passed (standing at a point still shows they were there); a fix
 * worse than 100 m is GPS guessing indoors and is dropped. Kept points go out every 10, or 20 s.
 */
export interface Fix {
  lat: number;
  lng: number;
  /** Epoch milliseconds. */
  at: number;
  accuracy: number;
}

export const MOVE_M = 10;
export const STAND_MS = 30_000;
export const WORST_ACCURACY_M = 100;
export const BATCH_POINTS = 10;
export const BATCH_MS = 20_000;

const rad = (d: number) => (d * Math.PI) / 180;

/** Metres between two points (haversine). */
export function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function keeps(last: Fix | null, fix: Fix): boolean {
  if (fix.accuracy > WORST_ACCURACY_M) return false;
  if (!last) return true;
  return metres(last, fix) >= MOVE_M || fix.at - last.at >= STAND_MS;
}

/** Whether the points kept since the last batch should go out now. */
export function batchDue(pending: readonly Fix[], now: number): boolean {
  const first = pending[0];
  return first !== undefined && (pending.length >= BATCH_POINTS || now - first.at >= BATCH_MS);
}
