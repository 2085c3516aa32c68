import { Type } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';
import type { AuthUser } from './auth-user.js';

export const MeSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  jurisdiction: Type.Union([
    Type.Object({
      kind: Type.Literal('region'),
      code: Type.String(),
      level: Type.String(),
      name: Type.String(),
    }),
    Type.Object({ kind: Type.Literal('everywhere'), name: Type.String() }),
    Type.Object({
      kind: Type.Literal('department'),
      departmentId: Type.String(),
      name: Type.String(),
      regionCode: Type.String(),
    }),
  ]),
});

/** The user as the client sees them, with the jurisdiction named so the header can show it. */
export async function describeMe(db: Db, user: AuthUser) {
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
        kind: 'department' as const,
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
      jurisdiction: { kind: 'everywhere' as const, name: '全部辖区' },
    };
  }
  const [r] = await db
    .select({ name: regions.name, level: regions.level })
    .from(regions)
    .where(eq(regions.code, j.regionCode));
  return {
    id,
    username,
    displayName,
    roles,
    permissions,
    jurisdiction: { kind: 'region' as const, code: j.regionCode, level: r?.level ?? '', name: r?.name ?? '' },
  };
}
