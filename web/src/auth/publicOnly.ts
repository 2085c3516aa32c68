import type { Me } from '@needle/contract';

/** Residents and couriers: the public, who see their own reports in the resident's view. */
export const isPublicOnly = (me: Me): boolean =>
  me.roles.length > 0 && me.roles.every((r) => r === 'resident' || r === 'courier');
