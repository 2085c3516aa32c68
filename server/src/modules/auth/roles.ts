/**
 * Roles are permission sets, not people: in a street office one person often holds several
 * (受理员, 派遣员 and 值班长 at once), so a user carries a list of roles.
 */
export const ROLES = [
  'resident',
  'courier',
  'grid_worker',
  'community_staff',
  'street_staff',
  'department_staff',
  'hotline_operator',
  'dispatcher',
  'shift_lead',
  'leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'regions:read',
  'regions:import',
  'departments:read',
  'users:read',
  'users:write',
  'posts:read',
  'posts:write',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READS: Permission[] = ['regions:read', 'departments:read', 'users:read', 'posts:read'];

const GRANTS: Record<Role, Permission[]> = {
  resident: ['regions:read'],
  courier: ['regions:read'],
  grid_worker: ['regions:read', 'departments:read', 'posts:read'],
  community_staff: STAFF_READS,
  street_staff: STAFF_READS,
  department_staff: STAFF_READS,
  hotline_operator: ['regions:read', 'departments:read'],
  dispatcher: ['regions:read', 'departments:read', 'posts:read'],
  shift_lead: ['regions:read', 'departments:read', 'posts:read'],
  leader: [...STAFF_READS, 'audit:read'],
  admin: [...PERMISSIONS],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of GRANTS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}
