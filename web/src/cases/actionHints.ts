import type { CaseAction, CaseDetail, CaseStatus } from '../api/caseTypes';
import type { Me } from '../api/types';

interface Hint {
  roles: string[];
  from: CaseStatus[];
  /** Only the unit holding the case may take it. */
  holderOnly?: boolean;
}

const holders = ['department_staff', 'street_staff', 'community_staff'];
const acceptors = ['hotline_operator', 'dispatcher', 'community_staff', 'street_staff'];
const checkers = ['grid_worker', 'community_staff'];
const open: CaseStatus[] = [
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

/**
 * A copy of the server's state machine (server/src/modules/cases/lifecycle/case-action.ts), only to decide
 * which buttons to offer. The server remains the judge: a stale rule here shows a button whose click gets
 * a 403 or 409 with the server's reason, never a step the server would not take.
 */
const hints: Record<CaseAction, Hint> = {
  verify: { roles: checkers, from: ['reported'] },
  register: { roles: acceptors, from: ['reported', 'verified'] },
  reject: { roles: acceptors, from: ['reported', 'verified'] },
  file: { roles: ['shift_lead', 'street_staff'], from: ['registered'] },
  void: { roles: ['shift_lead'], from: ['reported', 'verified', 'registered', 'filed'] },
  dispatch: { roles: ['dispatcher', 'street_staff'], from: ['filed', 'returned'] },
  accept: { roles: holders, from: ['dispatched'], holderOnly: true },
  return: { roles: holders, from: ['dispatched', 'in_progress'], holderOnly: true },
  request_extension: { roles: holders, from: ['in_progress'], holderOnly: true },
  approve_extension: { roles: ['dispatcher'], from: ['in_progress'] },
  deny_extension: { roles: ['dispatcher'], from: ['in_progress'] },
  suspend: { roles: ['dispatcher'], from: ['in_progress'] },
  resume: { roles: ['dispatcher'], from: ['suspended'] },
  feedback: { roles: holders, from: ['in_progress'], holderOnly: true },
  check_pass: { roles: checkers, from: ['handled'] },
  check_fail: { roles: checkers, from: ['handled'] },
  close: { roles: ['shift_lead', 'street_staff'], from: ['checked'] },
  rate: { roles: ['resident', 'courier', 'hotline_operator'], from: ['closed'] },
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
  },
  supervise: { roles: ['leader', 'shift_lead', 'street_staff'], from: open },
  reply_supervision: { roles: holders, from: open, holderOnly: true },
};

function holdsCase(me: Me, c: CaseDetail['case']): boolean {
  const j = me.jurisdiction;
  if (j.kind === 'department') return c.unitDepartmentId === j.departmentId;
  if (j.kind === 'region') return c.unitRegionCode !== null && c.unitRegionCode === j.code;
  return false;
}

/** Whether what the action is about exists: an extension to decide, a rating not yet given… */
function hasSubject(action: CaseAction, detail: CaseDetail): boolean {
  const c = detail.case;
  switch (action) {
    case 'request_extension':
      return !c.extensionRequested;
    case 'approve_extension':
    case 'deny_extension':
      return c.extensionRequested;
    case 'rate':
      return c.rating === null;
    case 'reply_supervision':
      return detail.supervisions.some((s) => s.repliedAt === null);
    default:
      return true;
  }
}

export function suggestedActions(detail: CaseDetail, me: Me, actions: readonly CaseAction[]): CaseAction[] {
  const c = detail.case;
  // A duplicate follows its master: only supervision still applies to it.
  if (c.masterCaseId) return [];
  return actions.filter((action) => {
    const hint = hints[action];
    return (
      hint.from.some((status) => status === c.status) &&
      me.roles.some((role) => hint.roles.includes(role)) &&
      (!hint.holderOnly || holdsCase(me, c)) &&
      hasSubject(action, detail)
    );
  });
}
