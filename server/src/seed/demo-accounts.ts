import type { Role } from '../modules/auth/roles.js';

/** The demo password of every demo account; printed at start-up and listed in the README. */
export const DEMO_PASSWORD = 'Needle@2026';

/** Where a demo account answers for, by the kind of place rather than a code the seed picks. */
export type DemoPlace =
  | 'city'
  | 'district'
  | 'yongchang'
  | 'yongchang-community'
  | 'other-community'
  | 'yongchang-grid'
  | 'chengguan';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  place: DemoPlace;
  /** E.164, as every account's number is stored: the demo resident and courier sign in by phone too. */
  phone: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], place: 'city', phone: '+8613900000001' },
  {
    username: 'leader',
    displayName: '区指挥中心主任',
    roles: ['leader'],
    place: 'district',
    phone: '+8613900000002',
  },
  {
    username: 'dispatcher',
    displayName: '区派遣员',
    roles: ['dispatcher'],
    place: 'district',
    phone: '+8613900000003',
  },
  {
    username: 'shiftlead',
    displayName: '区值班长',
    roles: ['shift_lead'],
    place: 'district',
    phone: '+8613900000004',
  },
  {
    username: 'hotline',
    displayName: '12345受理员',
    roles: ['hotline_operator'],
    place: 'district',
    phone: '+8613900000005',
  },
  {
    username: 'street',
    displayName: '永昌街道工作人员',
    roles: ['street_staff'],
    place: 'yongchang',
    phone: '+8613900000006',
  },
  {
    username: 'community',
    displayName: '永昌街道社区工作者',
    roles: ['community_staff'],
    place: 'yongchang-community',
    phone: '+8613900000007',
  },
  {
    username: 'community2',
    displayName: '前进街道社区工作者',
    roles: ['community_staff'],
    place: 'other-community',
    phone: '+8613900000008',
  },
  {
    username: 'grid',
    displayName: '网格员',
    roles: ['grid_worker'],
    place: 'yongchang-grid',
    phone: '+8613900000009',
  },
  {
    username: 'department',
    displayName: '城管执法队员',
    roles: ['department_staff'],
    place: 'chengguan',
    phone: '+8613900000010',
  },
  {
    username: 'resident',
    displayName: '居民张女士',
    roles: ['resident'],
    place: 'district',
    phone: '+8613812345678',
  },
  {
    username: 'courier',
    displayName: '快递小哥李师傅',
    roles: ['courier'],
    place: 'district',
    phone: '+8613812348765',
  },
];
