import type { EnumLabels } from '../labels.js';

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

/** Who a timeline says acted: a role, or the server itself (sweeps, deadlines, follow-ups). */
export const ACTOR_ROLES = [...ROLES, 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTOR_ROLE_LABELS: EnumLabels<ActorRole> = {
  'zh-CN': {
    resident: '居民',
    courier: '快递员',
    grid_worker: '网格员',
    community_staff: '社区工作人员',
    street_staff: '街道工作人员',
    department_staff: '职能部门工作人员',
    hotline_operator: '热线受理员',
    dispatcher: '派遣员',
    shift_lead: '值班长',
    leader: '指挥中心领导',
    admin: '系统管理员',
    system: '系统',
  },
  en: {
    resident: 'Resident',
    courier: 'Courier',
    grid_worker: 'Grid worker',
    community_staff: 'Community staff',
    street_staff: 'Street office staff',
    department_staff: 'Department staff',
    hotline_operator: 'Hotline operator',
    dispatcher: 'Dispatcher',
    shift_lead: 'Shift lead',
    leader: 'Command centre leader',
    admin: 'Administrator',
    system: 'System',
  },
};

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
  'stats:read',
  'stats:rebuild',
  'hotline:take',
  'hotline:read',
  'whistles:read',
  'whistles:issue',
  'partners:write',
  'evaluations:write',
  'open311:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: EnumLabels<Permission> = {
  'zh-CN': {
    'regions:read': '查看区域与网格',
    'regions:import': '导入区域与网格',
    'departments:read': '查看职能部门',
    'users:read': '查看用户',
    'users:write': '管理用户',
    'posts:read': '查看网格岗位',
    'posts:write': '管理网格岗位',
    'audit:read': '查看审计日志',
    'categories:write': '管理问题类别',
    'settings:read': '查看系统设置',
    'settings:write': '修改系统设置',
    'calendar:write': '维护工作日历',
    'cases:read': '查看案件',
    'cases:report': '上报问题',
    'cases:link': '标记重复案件',
    'stats:read': '查看统计考核',
    'stats:rebuild': '重算统计',
    'hotline:take': '受理热线来电',
    'hotline:read': '查看热线工单',
    'whistles:read': '查看哨令',
    'whistles:issue': '吹哨',
    'partners:write': '管理联盟单位',
    'evaluations:write': '双向考核评价',
    'open311:manage': '管理开放接口客户端',
  },
  en: {
    'regions:read': 'Read regions and grids',
    'regions:import': 'Import regions and grids',
    'departments:read': 'Read departments',
    'users:read': 'Read users',
    'users:write': 'Manage users',
    'posts:read': 'Read grid posts',
    'posts:write': 'Manage grid posts',
    'audit:read': 'Read the audit log',
    'categories:write': 'Manage categories',
    'settings:read': 'Read settings',
    'settings:write': 'Change settings',
    'calendar:write': 'Keep the working calendar',
    'cases:read': 'Read cases',
    'cases:report': 'Report problems',
    'cases:link': 'Mark duplicates',
    'stats:read': 'Read statistics',
    'stats:rebuild': 'Rebuild statistics',
    'hotline:take': 'Take hotline calls',
    'hotline:read': 'Read hotline tickets',
    'whistles:read': 'Read whistle orders',
    'whistles:issue': 'Blow the whistle',
    'partners:write': 'Manage partner units',
    'evaluations:write': 'Evaluate (two-way)',
    'open311:manage': 'Manage Open311 clients',
  },
};
