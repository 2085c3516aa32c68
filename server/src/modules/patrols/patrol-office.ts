import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { registryRoleOf } from '../registry/registry-office.js';
import { patrols } from './patrols.tables.js';

export const patrolNotFound = () =>
  notFound('PATROL_NOT_FOUND', 'No such patrol, or it is outside your jurisdiction');

/** The grid a grid worker patrols: their jurisdiction, which is a grid. */
export function gridOfWorker(user: AuthUser): string {
  if (
    !user.roles.includes('grid_worker') ||
    user.jurisdiction.kind !== 'region' ||
    user.jurisdiction.regionCode.length !== 15
  ) {
    throw forbidden('PATROLS_FOR_GRID_WORKERS', 'Patrols are walked by grid workers of a grid');
  }
  return user.jurisdiction.regionCode;
}

/** A patrol its own worker may add to: someone else's (or none) is "not found". */
export async function ownPatrol(db: Executor, user: AuthUser, id: string, lock = false) {
  const q = db.select().from(patrols).where(eq(patrols.id, id));
  const [p] = await (lock ? q.for('update') : q);
  if (!p || p.workerId !== user.id) throw patrolNotFound();
  return p;
}

/** A patrol the viewer may read: their own, or one in the area they answer for. */
export async function readablePatrol(db: Executor, user: AuthUser, id: string) {
  const [p] = await db.select().from(patrols).where(eq(patrols.id, id));
  if (!p) throw patrolNotFound();
  // Staff of the area and the grid's workers read patrols; residents and departments never see tracks.
  const keeps = registryRoleOf(user) !== 'post_holder' && regionVisible(user.jurisdiction, p.regionCode);
  if (p.workerId !== user.id && !keeps) throw patrolNotFound();
  return p;
}
