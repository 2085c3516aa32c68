import { like, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { hotspotProposals } from './hotspots.tables.js';

/** A street code's prefix: its first nine digits. */
const STREET_PREFIX = 9;

/**
 * The proposals a user may see and decide: those on the workbench of a street in their region. A
 * community's or grid's staff see their street's, since a hotspot area reaches over community lines and
 * the street is where a proposal is acted on; a department sees none.
 */
export function proposalsVisibleTo(user: AuthUser): SQL {
  const j = user.jurisdiction;
  if (j.kind === 'everywhere') return sql`true`;
  if (j.kind === 'department') return sql`false`;
  const prefix = jurisdictionPrefix(j);
  return like(hotspotProposals.streetCode, `${prefix.slice(0, STREET_PREFIX)}%`);
}
