import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { registryRoleOf } from '../registry/registry-office.js';
import { inspectionTargets, rectificationOrders } from './inspections.tables.js';

/** Inspections are made by community and street staff and grid workers of the area. */
export function mustInspect(user: AuthUser): void {
  if (registryRoleOf(user) === 'post_holder') {
    throw forbidden(
      'INSPECTIONS_STAFF_ONLY',
      'Inspections are for community and street staff and grid workers',
    );
  }
}

export const targetNotFound = () =>
  notFound('TARGET_NOT_FOUND', 'No such inspection target, or it is outside your jurisdiction');
export const orderNotFound = () =>
  notFound('ORDER_NOT_FOUND', 'No such rectification order, or it is outside your jurisdiction');

export async function keptTarget(db: Executor, user: AuthUser, id: string) {
  mustInspect(user);
  const [t] = await db.select().from(inspectionTargets).where(eq(inspectionTargets.id, id));
  if (!t || !regionVisible(user.jurisdiction, t.regionCode)) throw targetNotFound();
  return t;
}

export async function keptOrder(db: Executor, user: AuthUser, id: string, lock = false) {
  mustInspect(user);
  const q = db.select().from(rectificationOrders).where(eq(rectificationOrders.id, id));
  const [o] = await (lock ? q.for('update') : q);
  if (!o || !regionVisible(user.jurisdiction, o.regionCode)) throw orderNotFound();
  return o;
}
