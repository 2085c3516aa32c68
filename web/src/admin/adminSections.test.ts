import type { Me, Permission } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { ADMIN_PAGES, adminPagesOf, isAdmin } from './adminSections';

const someone = (permissions: Permission[]): Me =>
  ({ id: 'u', username: 'u', displayName: 'U', roles: [], permissions }) as unknown as Me;

describe('who gets which admin screens', () => {
  it('an admin with every permission gets every screen, users first', () => {
    const all = someone([
      'users:write',
      'posts:write',
      'categories:write',
      'calendar:write',
      'settings:write',
      'regions:import',
      'open311:manage',
      'audit:read',
    ]);
    expect(isAdmin(all)).toBe(true);
    expect(adminPagesOf(all)).toEqual([...ADMIN_PAGES]);
  });

  it('a leader who only reads the audit trail and the users gets no admin section at all', () => {
    const leader = someone(['users:read', 'audit:read', 'settings:read', 'stats:read']);
    expect(isAdmin(leader)).toBe(false);
    expect(adminPagesOf(leader)).toEqual([]);
  });

  it('each screen needs its own write: settings alone opens settings alone', () => {
    expect(adminPagesOf(someone(['settings:write']))).toEqual(['settings']);
  });
});
