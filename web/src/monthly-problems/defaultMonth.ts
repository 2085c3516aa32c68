import { thisMonth } from '../stats/month';

/**
 * The month the page opens on: the last whole month, as 每月一题 is chosen once a month is over; the
 * month under way can still be picked.
 */
export function lastWholeMonth(current = thisMonth()): string {
  const [y, m] = current.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
