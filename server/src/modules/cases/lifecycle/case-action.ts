import type { CaseAction } from '@needle/contract';
import type { Role } from '../../auth/roles.js';
import type { CaseStatus } from './case-status.js';

export { CASE_ACTIONS, type CaseAction } from '@needle/contract';

const OPEN: CaseStatus[] = [
  'reported',
  'verified',
  'registered',
  'filed',
  'dispatched',
  'in_progress',
  'returned',
  'suspended',
  'handled',
  'checked',
];

/** Roles that hold a case for a unit: department staff for a department, office staff for a street or community. */
export const HOLDER_ROLES: Role[] = ['department_staff', 'street_staff', 'community_staff'];
const ACCEPTORS: Role[] = ['hotline_operator', 'dispatcher', 'community_staff', 'street_staff'];
const CHECKERS: Role[] = ['grid_worker', 'community_staff'];
// 改派 and 重新定位 correct the district's own routing, so the district's dispatch desk does them: the
// dispatcher (派遣员) and the shift lead (值班长) over them. A street or a department that got the wrong case
// does not push it on by itself: it returns it (退回), and the dispatcher moves it.
const MOVERS: Role[] = ['dispatcher', 'shift_lead'];
// A case is moved while a unit has it, before or after accepting it. A unit returns a case put in its area
// by mistake, so a returned case may be placed again; sending it to another unit is a dispatch naming one.
const WITH_A_UNIT: CaseStatus[] = ['dispatched', 'in_progress'];

export interface ActionRule {
  /** The roles that may take the action at all (in a street office one person may hold several). */
  roles: Role[];
  /** The states it may be taken from, and where it leads; `same` keeps the state. */
  from: CaseStatus[];
  to: CaseStatus | 'same';
  /** Only the unit that holds the case may take it. */
  holderOnly?: boolean;
}

/**
 * Who may do what, from which state, to which state (DOMAIN.md roles: 受理员 registers or rejects,
 * 值班长 files, voids and closes, 派遣员 dispatches and approves extensions and suspensions, the unit
 * handles, the grid worker verifies and checks, 督办 supervises; the dispatcher and the shift lead
 * move a misrouted case to another unit (改派) or another place (重新定位)).
 */
export const ACTION_RULES: Record<CaseAction, ActionRule> = {
  verify: { roles: CHECKERS, from: ['reported'], to: 'verified' },
  register: { roles: ACCEPTORS, from: ['reported', 'verified'], to: 'registered' },
  reject: { roles: ACCEPTORS, from: ['reported', 'verified'], to: 'rejected' },
  file: { roles: ['shift_lead', 'street_staff'], from: ['registered'], to: 'filed' },
  void: { roles: ['shift_lead'], from: ['reported', 'verified', 'registered', 'filed'], to: 'voided' },
  dispatch: { roles: ['dispatcher', 'street_staff'], from: ['filed', 'returned'], to: 'dispatched' },
  accept: { roles: HOLDER_ROLES, from: ['dispatched'], to: 'in_progress', holderOnly: true },
  return: { roles: HOLDER_ROLES, from: ['dispatched', 'in_progress'], to: 'returned', holderOnly: true },
  request_extension: { roles: HOLDER_ROLES, from: ['in_progress'], to: 'same', holderOnly: true },
  approve_extension: { roles: ['dispatcher'], from: ['in_progress'], to: 'same' },
  deny_extension: { roles: ['dispatcher'], from: ['in_progress'], to: 'same' },
  suspend: { roles: ['dispatcher'], from: ['in_progress'], to: 'suspended' },
  resume: { roles: ['dispatcher'], from: ['suspended'], to: 'in_progress' },
  feedback: { roles: HOLDER_ROLES, from: ['in_progress'], to: 'handled', holderOnly: true },
  check_pass: { roles: CHECKERS, from: ['handled'], to: 'checked' },
  check_fail: { roles: CHECKERS, from: ['handled'], to: 'in_progress' },
  close: { roles: ['shift_lead', 'street_staff'], from: ['checked'], to: 'closed' },
  rate: { roles: ['resident', 'courier', 'hotline_operator'], from: ['closed'], to: 'same' },
  reopen: {
    roles: [
      'resident',
      'courier',
      'hotline_operator',
      'shift_lead',
      'dispatcher',
      'community_staff',
      'street_staff',
    ],
    from: ['closed'],
    to: 'filed',
  },
  supervise: { roles: ['leader', 'shift_lead', 'street_staff'], from: OPEN, to: 'same' },
  reply_supervision: { roles: HOLDER_ROLES, from: OPEN, to: 'same', holderOnly: true },
  // Both hand the case to its new unit as a fresh dispatch, to be accepted (signed for) again.
  reroute: { roles: MOVERS, from: WITH_A_UNIT, to: 'dispatched' },
  relocate: { roles: MOVERS, from: [...WITH_A_UNIT, 'returned'], to: 'dispatched' },
};
