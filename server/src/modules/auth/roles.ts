import { PERMISSIONS, type Permission, ROLES, type Role } from '@needle/contract';

// Roles are permission sets, not people: in a street office one person often holds several (受理员,
// 派遣员 and 值班长 at once), so a user carries a list of roles. Both lists are the contract's.
export { PERMISSIONS, type Permission, ROLES, type Role } from '@needle/contract';

const STAFF_READS: Permission[] = [
  'regions:read',
  'departments:read',
  'users:read',
  'posts:read',
  'settings:read',
  'stats:read',
];

const CASE_DESK: Permission[] = [
  'regions:read',
  'departments:read',
  'posts:read',
  'settings:read',
  'cases:read',
  'cases:report',
  'stats:read',
];

const GRANTS: Record<Role, Permission[]> = {
  resident: ['regions:read', 'cases:read', 'cases:report'],
  courier: ['regions:read', 'cases:read', 'cases:report'],
  grid_worker: [...CASE_DESK, 'whistles:read'],
  community_staff: [
    ...STAFF_READS,
    'cases:read',
    'cases:report',
    'cases:link',
    'hotline:read',
    'whistles:read',
    'whistles:issue',
    'people:unmask',
    'hotspots:manage',
  ],
  street_staff: [
    ...STAFF_READS,
    'cases:read',
    'cases:report',
    'cases:link',
    'hotline:read',
    'whistles:read',
    'whistles:issue',
    'partners:write',
    'evaluations:write',
    'people:unmask',
    'hotspots:manage',
  ],
  department_staff: [...STAFF_READS, 'cases:read', 'hotline:read', 'whistles:read', 'evaluations:write'],
  hotline_operator: [
    'regions:read',
    'departments:read',
    'settings:read',
    'cases:read',
    'cases:report',
    'hotline:take',
    'hotline:read',
    'stats:read',
  ],
  dispatcher: [...CASE_DESK, 'cases:link', 'hotline:read', 'whistles:read', 'hotspots:manage'],
  shift_lead: [...CASE_DESK, 'cases:link', 'hotline:read', 'whistles:read', 'hotspots:manage'],
  leader: [
    ...STAFF_READS,
    'audit:read',
    'cases:read',
    'cases:report',
    'hotline:read',
    'whistles:read',
    'hotspots:manage',
  ],
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
