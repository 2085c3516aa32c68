import { type CourierCompany, isCourierCompanyKind, type Me } from '@needle/contract';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';
import { users } from '../users/users.tables.js';
import type { AuthUser } from './auth-user.js';

/** The user as the client sees them, with the jurisdiction named so the header can show it. */
export async function describeMe(db: Db, user: AuthUser): Promise<Me> {
  const { id, username, displayName, roles, permissions } = user;
  const [own] = await db
    .select({ phone: users.phone, companyKind: users.companyKind, companyName: users.companyName })
    .from(users)
    .where(eq(users.id, id));
  return {
    id,
    username,
    displayName,
    roles,
    permissions,
    jurisdiction: await describeJurisdiction(db, user),
    // Masked even to its owner: the page is shown on a phone that others may look over.
    phone: maskPhone(own?.phone ?? null),
    company: companyOf(own?.companyKind ?? null, own?.companyName ?? null),
  };
}

function companyOf(kind: string | null, name: string | null): CourierCompany | null {
  if (kind === null || name === null || !isCourierCompanyKind(kind)) return null;
  return { kind, name };
}

async function describeJurisdiction(db: Db, user: AuthUser): Promise<Me['jurisdiction']> {
  const j = user.jurisdiction;
  if (j.kind === 'department') {
    const [d] = await db
      .select({ name: departments.name })
      .from(departments)
      .where(eq(departments.id, j.departmentId));
    return {
      kind: 'department',
      departmentId: j.departmentId,
      name: d?.name ?? '',
      regionCode: j.regionCode,
    };
  }
  if (j.kind === 'everywhere') return { kind: 'everywhere', name: '全部辖区' };
  const [r] = await db
    .select({ name: regions.name, level: regions.level })
    .from(regions)
    .where(eq(regions.code, j.regionCode));
  // users.region_code references regions.code, and regions are never deleted: the row is there.
  if (!r) throw new Error(`User ${user.id} is bound to region ${j.regionCode}, which does not exist`);
  return { kind: 'region', code: j.regionCode, level: r.level, name: r.name };
}
