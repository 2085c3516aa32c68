import type { Jurisdiction } from './jurisdiction.js';
import { isRole, type Permission, permissionsOf, type Role } from './roles.js';

/** The signed-in user as every route sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  jurisdiction: Jurisdiction;
}

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  regionCode: string | null;
  departmentId: string | null;
}

export function toAuthUser(u: UserRecord): AuthUser {
  const roles = u.roles.filter(isRole);
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles,
    permissions: permissionsOf(roles),
    jurisdiction: jurisdictionOf(u),
  };
}

function jurisdictionOf(u: UserRecord): Jurisdiction {
  if (u.regionCode === null) return { kind: 'everywhere' };
  return u.departmentId
    ? { kind: 'department', departmentId: u.departmentId, regionCode: u.regionCode }
    : { kind: 'region', regionCode: u.regionCode };
}
