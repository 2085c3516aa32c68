import type { Me } from '@needle/contract';

/** Community and street staff (and the administrator) keep teams and activities; residents take part. */
export const keepsVolunteers = (me: Me): boolean =>
  me.roles.some((role) => role === 'community_staff' || role === 'street_staff' || role === 'admin');

/** Minutes as hours with one decimal: 90 → "1.5". */
export const hoursOf = (minutes: number): string => (minutes / 60).toFixed(1);

/**
 * The community the user's own area lies in, when it is a community or one of its grids (community
 * staff, a grid worker); a resident's account reaches the whole district, so they choose theirs.
 */
export function ownCommunity(me: Me, communities: { code: string }[]): string | undefined {
  const j = me.jurisdiction;
  if (j.kind !== 'region' || (j.level !== 'community' && j.level !== 'grid')) return undefined;
  return communities.find((c) => j.code.startsWith(c.code))?.code;
}

/** One page of a server-paged list, as a query string. */
export function pageQuery(page: number, pageSize: number, extra: Record<string, string | undefined> = {}) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value);
  return query.toString();
}
