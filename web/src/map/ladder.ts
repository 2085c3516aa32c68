import type { RegionLevel, RegionRef } from '@needle/contract';

const levelOrder: RegionLevel[] = ['city', 'district', 'street', 'community', 'grid'];

/** Ancestors from the top (city) down, whatever order the server lists them in. */
export function topDown(ancestors: RegionRef[]): RegionRef[] {
  return [...ancestors].sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));
}
