import type { Me } from '@needle/contract';

/** Community and street staff (and the administrator) run evaluations; as the server's organiserPrefix. */
export const isOrganiser = (me: Me): boolean =>
  me.jurisdiction.kind !== 'department' &&
  me.roles.some((r) => r === 'community_staff' || r === 'street_staff' || r === 'admin');
