import type { Me } from '@needle/contract';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';
import type { AuthUser } from './auth-user.js';

/** The user as the client sees them, with the jurisdiction named so the header can show it. */
export async function describeMe(db: Db, user: AuthUser): Promise<Me> {
  const { id, username, displayName, roles, permissions, jurisdiction: j } = user;
  if (j.kind === 'department') {
    const [d] = await db
      .select({ name: departments.name })
      .from(departments)
      .where(eq(departments.id, j.departmentId));
    return {
      id,
      username,
      displayName,
      roles,
      permissions,
      jurisdiction: {
        kind: 'department',
        departmentId: j.departmentId,
        name: d?.name ?? '',
        regionCode: j.regionCode,
      },
    };
  }
  if (j.kind === 'everywhere') {
    return {
      id,
      username,
      displayName,
      roles,
      permissions,
      jurisdiction: { kind: 'everywhere', name: '全部辖区' },
    };
  }
  const [r] = await db
    .select({ name: regions.name, level: regions.level })
    .from(regions)
    .where(eq(regions.code, j.regionCode));
  // users.region_code references regions.code, and regions are never deleted: the row is there.
  if (!r) throw new Error(`User ${id} is bound to region ${j.regionCode}, which does not exist`);
  return {
    id,
    username,
    displayName,
    roles,
    permissions,
    jurisdiction: { kind: 'region', code: j.regionCode, level: r.level, name: r.name },
  };
}
