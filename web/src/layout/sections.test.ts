import type { Me, Permission, Role } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { deskMenuEntriesOf, meLinksOf, phoneTabsOf, sectionsOf } from './sections';

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

describe('四步议事 and its households', () => {
  const community = someone(['community_staff'], STAFF);

  it('opens deliberations to community and street staff, households to grid workers, 我的议事 to residents', () => {
    expect(sectionsOf(community)).toContain('deliberations');
    expect(sectionsOf(street)).toContain('deliberations');
    expect(sectionsOf(grid)).toContain('households');
    expect(sectionsOf(grid)).not.toContain('deliberations');
    expect(sectionsOf(resident)).toContain('voting');
    for (const me of [community, street, grid, dispatcher, department])
      expect(sectionsOf(me)).not.toContain('voting');
    for (const me of [resident, dispatcher, department]) {
      expect(sectionsOf(me)).not.toContain('deliberations');
      expect(sectionsOf(me)).not.toContain('households');
    }
  });

  it('links 我的议事 from 我的 on a resident’s phone, and the staff pages from 我的 on theirs', () => {
    expect(meLinksOf(resident, true)).toContain('voting');
    expect(meLinksOf(community, true)).toContain('deliberations');
    expect(meLinksOf(grid, true)).toContain('households');
  });
});

describe('社区事项 and 民事民评', () => {
  const community = someone(['community_staff'], STAFF);

  it('opens community tasks to both ends of a task, and evaluations to their organisers and residents', () => {
    for (const me of [department, community, street, leader])
      expect(sectionsOf(me)).toContain('community-tasks');
    for (const me of [resident, grid, dispatcher]) expect(sectionsOf(me)).not.toContain('community-tasks');
    for (const me of [community, street, resident]) expect(sectionsOf(me)).toContain('evaluations');
    for (const me of [department, grid, dispatcher]) expect(sectionsOf(me)).not.toContain('evaluations');
  });

  it('links evaluations from 我的 on a resident’s phone, and community tasks from a department’s', () => {
    expect(meLinksOf(resident, true)).toContain('evaluations');
    expect(meLinksOf(department, true)).toContain('community-tasks');
    expect(meLinksOf(community, true)).toContain('evaluations');
  });
});

describe('志愿服务 and 微心愿', () => {
  const community = someone(['community_staff'], STAFF);

  it('opens volunteering to residents and staff, wishes to grid workers too, and neither to desks', () => {
    for (const me of [resident, community, street]) {
      expect(sectionsOf(me)).toContain('volunteers');
      expect(sectionsOf(me)).toContain('wishes');
    }
    expect(sectionsOf(grid)).toContain('wishes');
    expect(sectionsOf(grid)).not.toContain('volunteers');
    for (const me of [dispatcher, department, leader]) {
      expect(sectionsOf(me)).not.toContain('volunteers');
      expect(sectionsOf(me)).not.toContain('wishes');
    }
  });

  it('links both from 我的 on a resident’s phone, where the tab bar has no room for them', () => {
    expect(phoneTabsOf(resident)).not.toContain('volunteers');
    expect(meLinksOf(resident, true)).toEqual(expect.arrayContaining(['volunteers', 'wishes']));
    expect(meLinksOf(grid, true)).toContain('wishes');
  });
});

describe('the desk menu’s 社区参与 group', () => {
  const community = someone(['community_staff'], STAFF);

  it('groups the participation pages in one submenu where the first of them stood', () => {
    const entries = deskMenuEntriesOf(community);
    const groups = entries.filter((entry) => typeof entry !== 'string' && entry.group === 'participation');
    expect(groups).toEqual([
      {
        group: 'participation',
        keys: [
          'lists',
          'volunteers',
          'wishes',
          'community-tasks',
          'evaluations',
          'deliberations',
          'shop',
          'participation',
        ],
      },
    ]);
    const flat = entries.filter((entry) => typeof entry === 'string');
    expect(flat).toEqual(expect.arrayContaining(['workbench', 'cases', 'stats']));
    expect(flat).not.toContain('deliberations');
    // 三张清单 followed 吹哨 in the menu; the group takes its place.
    expect(entries[entries.indexOf('whistles') + 1]).toEqual(groups[0]);
  });

  it('groups 巡查, 检查整改 and 楼栋台账 as 网格工作 where the first of them stood', () => {
    const entries = deskMenuEntriesOf(community);
    const fieldwork = entries.find((entry) => typeof entry !== 'string' && entry.group === 'fieldwork');
    expect(fieldwork).toEqual({
      group: 'fieldwork',
      keys: ['patrols', 'inspections', 'registry', 'errands'],
    });
    expect(entries).not.toContain('patrols');
    expect(entries[entries.indexOf('map') + 1]).toEqual(fieldwork);
  });

  it('links nothing from 我的 at the desk that the group reaches', () => {
    expect(meLinksOf(community, false)).toEqual([]);
    expect(meLinksOf(resident, false)).toEqual([]);
  });

  it('leaves a lone participation page in the menu itself', () => {
    const entries = deskMenuEntriesOf(department);
    expect(entries).toContain('community-tasks');
    expect(entries.every((entry) => typeof entry === 'string')).toBe(true);
  });
});
