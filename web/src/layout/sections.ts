import type { Me, Permission, Role } from '@needle/contract';
import type { TFunction } from 'i18next';
import { ADMIN_PERMISSIONS } from '../admin/adminSections';
import { can } from '../auth/can';
import { isPublicOnly } from '../auth/publicOnly';

/** The app's sections: what the desk's menu, the phone's tab bar and 我的 link to. */
export type SectionKey =
  | 'workbench'
  | 'map'
  | 'tasks'
  | 'patrols'
  | 'inspections'
  | 'registry'
  | 'errands'
  | 'cases'
  | 'report'
  | 'inbox'
  | 'hotline'
  | 'whistles'
  | 'lists'
  | 'volunteers'
  | 'wishes'
  | 'community-tasks'
  | 'evaluations'
  | 'deliberations'
  | 'households'
  | 'voting'
  | 'stats'
  | 'monthly-problems'
  | 'hotspots'
  | 'points'
  | 'shop'
  | 'participation'
  | 'admin'
  | 'me';

interface Section {
  key: SectionKey;
  /** Any of these permissions opens it; none listed means everyone signed in. */
  needs: Permission[];
  /** Only these roles have it: a work queue or a score kept for them alone. */
  roles?: Role[];
}

// The order of the desk's menu; the desk sections come last.
const sections: Section[] = [
  // 工作台: the staff's home page, their queues with live counts.
  {
    key: 'workbench',
    needs: ['cases:read'],
    roles: [
      'grid_worker',
      'community_staff',
      'street_staff',
      'department_staff',
      'hotline_operator',
      'dispatcher',
      'shift_lead',
      'leader',
      'admin',
    ],
  },
  { key: 'map', needs: [] },
  // 任务: the work waiting on a grid worker or a department, built for them alone.
  { key: 'tasks', needs: [], roles: ['grid_worker', 'department_staff'] },
  // 巡查 (一日两巡): grid workers walk it on the phone, staff follow the calendar and play tracks back.
  { key: 'patrols', needs: [], roles: ['grid_worker', 'community_staff', 'street_staff', 'leader', 'admin'] },
  // 检查整改: safety inspections, rectification orders and 回头看, by staff and grid workers.
  { key: 'inspections', needs: [], roles: ['grid_worker', 'community_staff', 'street_staff', 'admin'] },
  // 楼栋台账 and 关爱走访: who lives where, masked, and the care round; for the area's staff and grid workers.
  { key: 'registry', needs: [], roles: ['grid_worker', 'community_staff', 'street_staff', 'admin'] },
  // 帮办代办 and 矛盾调解: run by the area's staff and grid workers; a resident follows their own errands.
  {
    key: 'errands',
    needs: [],
    roles: ['grid_worker', 'community_staff', 'street_staff', 'admin', 'resident'],
  },
  { key: 'cases', needs: [] },
  // Without the permission the report form could only be refused (a department works cases, not reports).
  { key: 'report', needs: ['cases:report'] },
  { key: 'inbox', needs: [] },
  { key: 'hotline', needs: ['hotline:take', 'hotline:read'] },
  { key: 'whistles', needs: ['whistles:read'] },
  // 三张清单: a community's needs, its partners' resources and its projects, kept by its and its street's staff.
  { key: 'lists', needs: [], roles: ['community_staff', 'street_staff', 'admin'] },
  // 志愿服务 and 双报到: staff keep teams and activities; residents join, sign up and check in on site.
  { key: 'volunteers', needs: [], roles: ['resident', 'community_staff', 'street_staff', 'admin'] },
  // 微心愿: residents wish and claim, grid workers post for those without a phone, staff review.
  {
    key: 'wishes',
    needs: [],
    roles: ['resident', 'grid_worker', 'community_staff', 'street_staff', 'admin'],
  },
  // 社区事项准入: what departments send communities, from both ends, and the admitted list.
  {
    key: 'community-tasks',
    needs: [],
    roles: ['department_staff', 'community_staff', 'street_staff', 'leader', 'admin'],
  },
  // 民事民评: run by the community and its street, taken part in by its verified households.
  { key: 'evaluations', needs: [], roles: ['community_staff', 'street_staff', 'admin', 'resident'] },
  // 四步议事: run for a community's party organisation by its and its street's staff.
  { key: 'deliberations', needs: [], roles: ['community_staff', 'street_staff', 'admin'] },
  // 住户核验: a grid worker registers households and verifies residents at the door.
  { key: 'households', needs: [], roles: ['grid_worker'] },
  // 我的议事: a resident's household, their votes and the community board.
  { key: 'voting', needs: [], roles: ['resident'] },
  { key: 'stats', needs: ['stats:read'] },
  // 每月一题: the month's top problem per district, for those who choose it: a district's or a city's
  // leaders and the street offices that attack it.
  { key: 'monthly-problems', needs: ['stats:read'], roles: ['leader', 'street_staff', 'admin'] },
  // 主动发现 (未诉先办): the hotspot detector's proposals, for those who act on them.
  { key: 'hotspots', needs: ['hotspots:manage'] },
  // 积分: residents and couriers earn points for reports that prove true.
  { key: 'points', needs: [], roles: ['resident', 'courier'] },
  // 积分超市: staff stock partner merchants' items and complete pickups at the counter.
  { key: 'shop', needs: [], roles: ['community_staff', 'street_staff', 'admin'] },
  // 参与看板: a community's or a street's year of participation at a glance.
  { key: 'participation', needs: [], roles: ['community_staff', 'street_staff', 'leader', 'admin'] },
  // 管理: only for those holding a write that administrators alone hold.
  { key: 'admin', needs: ADMIN_PERMISSIONS },
];

const opens = (me: Me, { needs, roles }: Section): boolean =>
  (needs.length === 0 || can(me, ...needs)) && (!roles || roles.some((role) => me.roles.includes(role)));

/** Every section the user may open, in the menu's order (我的 aside). */
export function sectionsOf(me: Me): SectionKey[] {
  return sections.filter((section) => opens(me, section)).map(({ key }) => key);
}

// Beside the rest, the participation pages overflowed a street office's 1440 px header menu, and antd
// hid the overflow in the DOM, focusable but nameless to a keyboard user. They are one group instead
// (社区参与), a submenu at the place of the first of them, whose items exist only while it is open.
const participation: SectionKey[] = [
  'lists',
  'deliberations',
  'evaluations',
  'volunteers',
  'wishes',
  'community-tasks',
  'households',
  'voting',
  'points',
  'shop',
  'participation',
];

// Field work (巡查, 检查整改, 楼栋台账) is one group too (网格工作), for the same 1440 px header.
const fieldwork: SectionKey[] = ['patrols', 'inspections', 'registry', 'errands'];

export type MenuGroup = 'participation' | 'fieldwork';
const groups: Record<MenuGroup, SectionKey[]> = { participation, fieldwork };

/** An entry of the desk's header menu: a section, or a group of sections when it holds two or more. */
export type DeskMenuEntry = SectionKey | { group: MenuGroup; keys: SectionKey[] };

/** The desk's header menu, in the sections' order, the participation and field work pages grouped. */
export function deskMenuEntriesOf(me: Me): DeskMenuEntry[] {
  let entries: DeskMenuEntry[] = sectionsOf(me);
  for (const group of Object.keys(groups) as MenuGroup[]) {
    const members = groups[group];
    const grouped = entries.filter((e): e is SectionKey => typeof e === 'string' && members.includes(e));
    if (grouped.length < 2) continue;
    entries = entries.flatMap((e) =>
      typeof e !== 'string' || !members.includes(e)
        ? [e]
        : e === grouped[0]
          ? [{ group, keys: grouped }]
          : [],
    );
  }
  return entries;
}

/** Every section the desk's header menu reaches, grouped or not. */
export const deskMenuOf = (me: Me): SectionKey[] => sectionsOf(me);

/**
 * The phone's bottom tabs, four or five a thumb can reach, by what the user does most on the street:
 * the public report and follow their reports; a grid worker works tasks and reports what they find;
 * a department works tasks and its cases; the street, the community and the desks open their
 * workbench first, as they land on it at the desk (the first tab is where a phone signs in to);
 * anyone else who opens the app on a phone looks things up.
 */
export function phoneTabsOf(me: Me): SectionKey[] {
  if (isPublicOnly(me)) return ['report', 'cases', 'inbox', 'me'];
  if (me.roles.includes('grid_worker')) return ['tasks', 'report', 'map', 'inbox', 'me'];
  if (me.roles.includes('department_staff')) return ['tasks', 'cases', 'inbox', 'me'];
  const lookUp: SectionKey[] = ['cases', 'map', 'inbox', 'me'];
  return sectionsOf(me).includes('workbench') ? ['workbench', ...lookUp] : lookUp;
}

/** What has no place in the phone's tab bar (or the desk's menu) is linked from 我的 instead. */
export function meLinksOf(me: Me, phone: boolean): SectionKey[] {
  const elsewhere = phone ? phoneTabsOf(me) : deskMenuOf(me);
  // Those with 任务 on the phone find the same work there: the workbench would be a second copy of it.
  const hasTasks = elsewhere.includes('tasks');
  return sectionsOf(me).filter((key) => !elsewhere.includes(key) && !(hasTasks && key === 'workbench'));
}

export const sectionPath = (key: SectionKey): string => `/${key}`;

// Pages reached from a section rather than from the menu light up their section.
const sectionOfPage: Record<string, SectionKey> = { partners: 'whistles' };

/** The section the page at this path belongs to, for the menu's and the tab bar's highlight. */
export function sectionOfPath(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return sectionOfPage[first] ?? first;
}

export function sectionLabel(t: TFunction, key: SectionKey, me: Me): string {
  switch (key) {
    case 'cases':
      return t(isPublicOnly(me) ? 'nav.myReports' : 'nav.cases');
    case 'workbench':
      return t('workbench.nav');
    case 'tasks':
    case 'points':
    case 'me':
      return t(`layout.sections.${key}`);
    case 'lists':
      return t('lists.nav');
    case 'volunteers':
      return t('volunteers.nav');
    case 'wishes':
      return t('wishes.nav');
    case 'community-tasks':
      return t('admittedTasks.nav');
    case 'evaluations':
      return t('evaluations.nav');
    case 'deliberations':
      return t('deliberations.nav');
    case 'households':
      return t('deliberations.householdsNav');
    case 'voting':
      return t('deliberations.votingNav');
    case 'shop':
      return t('shop.nav');
    case 'patrols':
      return t('patrols.nav');
    case 'inspections':
      return t('inspections.nav');
    case 'registry':
      return t('registry.nav');
    case 'errands':
      return t(me.roles.includes('resident') && me.roles.length === 1 ? 'errands.mine' : 'errands.nav');
    case 'participation':
      return t('participationDashboard.nav');
    case 'monthly-problems':
      return t('monthlyProblems.nav');
    case 'hotspots':
      return t('hotspots.nav');
    case 'admin':
      return t('admin.nav');
    default:
      return t(`nav.${key}`);
  }
}
