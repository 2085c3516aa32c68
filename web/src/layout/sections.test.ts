import type { Me, Permission, Role } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { meLinksOf, phoneTabsOf, sectionsOf } from './sections';

// The permissions the server grants these roles (server/src/modules/auth/roles.ts), as far as the
// sections ask for them.
const STAFF: Permission[] = ['cases:read', 'cases:report', 'stats:read', 'whistles:read', 'hotline:read'];

const someone = (roles: Role[], permissions: Permission[]): Me =>
  ({ id: 'u', username: 'u', displayName: 'U', roles, permissions }) as unknown as Me;

const street = someone(['street_staff'], [...STAFF, 'whistles:issue']);
const dispatcher = someone(['dispatcher'], ['cases:read', 'cases:report', 'stats:read', 'whistles:read']);
const leader = someone(['leader'], [...STAFF, 'audit:read']);
const grid = someone(['grid_worker'], ['cases:read', 'cases:report', 'stats:read', 'whistles:read']);
const department = someone(['department_staff'], ['cases:read', 'stats:read', 'whistles:read']);
const resident = someone(['resident'], ['cases:read', 'cases:report']);

describe('the phone tab bar', () => {
  it('puts the workbench first for the street, the community and the desks, who land on it', () => {
    for (const role of ['street_staff', 'community_staff', 'dispatcher', 'shift_lead', 'leader'] as const) {
      const tabs = phoneTabsOf(someone([role], STAFF));
      expect(tabs[0], role).toBe('workbench');
      expect(tabs, role).toEqual(['workbench', 'cases', 'map', 'inbox', 'me']);
    }
  });

  it('keeps 任务 first for a grid worker and a department, whose phone queues hold the same work', () => {
    expect(phoneTabsOf(grid)).toEqual(['tasks', 'report', 'map', 'inbox', 'me']);
    expect(phoneTabsOf(department)).toEqual(['tasks', 'cases', 'inbox', 'me']);
    // Someone who also sits at a desk still has one queue tab, not two.
    expect(phoneTabsOf(someone(['grid_worker', 'dispatcher'], STAFF))).not.toContain('workbench');
  });

  it('gives the public no workbench', () => {
    expect(phoneTabsOf(resident)).toEqual(['report', 'cases', 'inbox', 'me']);
  });

  it('never holds more than five tabs, and only sections the user may open (我的 aside)', () => {
    for (const me of [street, dispatcher, leader, grid, department, resident]) {
      const tabs = phoneTabsOf(me);
      expect(tabs.length).toBeLessThanOrEqual(5);
      const open = sectionsOf(me);
      expect(tabs.filter((key) => key !== 'me' && !open.includes(key))).toEqual([]);
    }
  });
});

describe('the links of 我的', () => {
  it('does not repeat the workbench on a phone where it is a tab', () => {
    expect(meLinksOf(street, true)).not.toContain('workbench');
    expect(meLinksOf(street, true)).toContain('stats');
  });

  it('leaves the workbench out where 任务 holds the same work', () => {
    expect(meLinksOf(grid, true)).not.toContain('workbench');
    expect(meLinksOf(department, true)).not.toContain('workbench');
  });

  it('links nothing the desk menu already has', () => {
    expect(meLinksOf(dispatcher, false)).toEqual([]);
  });
});
