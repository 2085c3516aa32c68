import type { RegionDetail } from '@needle/contract';
import { signInThroughApi } from './api.js';

/**
 * A point at a fraction of a grid's bounding box from its south-west corner (0.5, 0.5 is the middle):
 * the demo city's grids are rectangles, so any fraction inside (0, 1) lies in the grid. Used as a
 * browser's geolocation, it places a report where the test wants it without projection arithmetic.
 */
export async function gridSpot(
  baseUrl: string,
  gridCode: string,
  fx: number,
  fy: number,
): Promise<{ latitude: number; longitude: number }> {
  const admin = await signInThroughApi(baseUrl, 'admin');
  const { body } = await admin.get<RegionDetail>(`/api/regions/${gridCode}`);
  const { geometry } = body.region;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  if (!ring) throw new Error(`grid ${gridCode} has no outline`);
  const lngs = ring.map(([lng]) => lng ?? Number.NaN);
  const lats = ring.map(([, lat]) => lat ?? Number.NaN);
  const [west, east] = [Math.min(...lngs), Math.max(...lngs)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  return { latitude: south + (north - south) * fy, longitude: west + (east - west) * fx };
}
