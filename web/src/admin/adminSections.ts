import type { Me, Permission } from '@needle/contract';
import { can } from '../auth/can';

/** The admin screens, in the order of the admin's side menu. */
export const ADMIN_PAGES = [
  'users',
  'posts',
  'departments',
  'categories',
  'calendar',
  'settings',
  'regions',
  'open311',
  'audit',
] as const;
export type AdminPage = (typeof ADMIN_PAGES)[number];

// Each screen opens with the permission its writes need: a leader who may read the audit trail does
// not get an admin menu for it, an admin gets every screen.
const NEEDS: Record<AdminPage, Permission> = {
  users: 'users:write',
  posts: 'posts:write',
  departments: 'users:write',
  categories: 'categories:write',
  calendar: 'calendar:write',
  settings: 'settings:write',
  regions: 'regions:import',
  open311: 'open311:manage',
  audit: 'audit:read',
};

/** What opens the 管理 section at all: a write only administrators hold. */
export const ADMIN_PERMISSIONS: Permission[] = [
  'users:write',
  'posts:write',
  'categories:write',
  'calendar:write',
  'settings:write',
  'regions:import',
  'open311:manage',
];

export const isAdmin = (me: Me): boolean => can(me, ...ADMIN_PERMISSIONS);

/** The admin screens the user may open; the audit trail only beside the others. */
export const adminPagesOf = (me: Me): AdminPage[] =>
  isAdmin(me) ? ADMIN_PAGES.filter((page) => can(me, NEEDS[page])) : [];
