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
  'categories:write',
  'settings:read',
  'settings:write',
  'calendar:write',
  'cases:read',
  'cases:report',
  'cases:link',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_READS: Permission[] = [
  'regions:read',
  'departments:read',
  'users:read',
  'posts:read',
  'settings:read',
];

const CASE_DESK: Permission[] = [
  'regions:read',
  'departments:read',
  'posts:read',
  'settings:read',
  'cases:read',
  'cases:report',
];

const GRANTS: Record<Role, Permission[]> = {
  resident: ['regions:read', 'cases:read', 'cases:report'],
  courier: ['regions:read', 'cases:read', 'cases:report'],
  grid_worker: CASE_DESK,
  community_staff: [...STAFF_READS, 'cases:read', 'cases:report', 'cases:link'],
  street_staff: [...STAFF_READS, 'cases:read', 'cases:report', 'cases:link'],
  department_staff: [...STAFF_READS, 'cases:read'],
  hotline_operator: ['regions:read', 'departments:read', 'settings:read', 'cases:read', 'cases:report'],
  dispatcher: [...CASE_DESK, 'cases:link'],
  shift_lead: [...CASE_DESK, 'cases:link'],
  leader: [...STAFF_READS, 'audit:read', 'cases:read', 'cases:report'],
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
