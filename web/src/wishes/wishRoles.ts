import type { Me } from '@needle/contract';

/** Community and street staff (and the administrator) review and keep micro-wishes. */
export const keepsWishes = (me: Me): boolean =>
  me.roles.some((role) => role === 'community_staff' || role === 'street_staff' || role === 'admin');

/** A grid worker posts wishes for residents of their grid who have no phone. */
export const postsForOthers = (me: Me): boolean => keepsWishes(me) || me.roles.includes('grid_worker');
