import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../auth/roles.js';
import { CASE_ACTIONS, type CaseAction } from './case-action.js';
import { CASE_STATUSES, type CaseStatus } from './case-status.js';
import { type CaseFacts, decide } from './decide.js';

/**
 * The expected rules, written out here independently of ACTION_RULES: [roles, from states, to].
 * Every (state, action, role) triple is checked against this table, allowed or refused.
 */
const OPEN = 'reported verified registered filed dispatched in_progress returned suspended handled checked';
const EXPECTED: Record<CaseAction, [string, string, string]> = {
  verify: ['grid_worker community_staff', 'reported', 'verified'],
  register: ['hotline_operator dispatcher community_staff street_staff', 'reported verified', 'registered'],
  reject: ['hotline_operator dispatcher community_staff street_staff', 'reported verified', 'rejected'],
  file: ['shift_lead street_staff', 'registered', 'filed'],
  void: ['shift_lead', 'reported verified registered filed', 'voided'],
  dispatch: ['dispatcher street_staff', 'filed returned', 'dispatched'],
  accept: ['department_staff street_staff community_staff', 'dispatched', 'in_progress'],
  return: ['department_staff street_staff community_staff', 'dispatched in_progress', 'returned'],
  request_extension: ['department_staff street_staff community_staff', 'in_progress', 'in_progress'],
  approve_extension: ['dispatcher', 'in_progress', 'in_progress'],
  deny_extension: ['dispatcher', 'in_progress', 'in_progress'],
  suspend: ['dispatcher', 'in_progress', 'suspended'],
  resume: ['dispatcher', 'suspended', 'in_progress'],
  feedback: ['department_staff street_staff community_staff', 'in_progress', 'handled'],
  check_pass: ['grid_worker community_staff', 'handled', 'checked'],
  check_fail: ['grid_worker community_staff', 'handled', 'in_progress'],
  close: ['shift_lead street_staff', 'checked', 'closed'],
  rate: ['resident courier hotline_operator', 'closed', 'closed'],
  reopen: [
    'resident courier hotline_operator shift_lead dispatcher community_staff street_staff',
    'closed',
    'filed',
  ],
  supervise: ['leader shift_lead street_staff', OPEN, 'same'],
  reply_supervision: ['department_staff street_staff community_staff', OPEN, 'same'],
  // 改派 and 重新定位 by the district's dispatch desk; both hand the case over as a fresh dispatch.
  reroute: ['dispatcher shift_lead', 'dispatched in_progress', 'dispatched'],
  relocate: ['dispatcher shift_lead', 'dispatched in_progress returned', 'dispatched'],
};

const NOW = new Date('2026-11-23T02:00:00Z');
/** A case in which every action's own condition holds, so only state and role decide. */
const facts = (status: CaseStatus, action: CaseAction): CaseFacts => ({
  status,
  extensionRequested: action === 'approve_extension' || action === 'deny_extension',
  rated: false,
  closedAt: new Date('2026-11-22T02:00:00Z'),
  openSupervisions: 1,
});
const helpful = { isHolder: true, isReporter: true };

const triples = CASE_STATUSES.flatMap((status) =>
  CASE_ACTIONS.flatMap((action) =>
    ROLES.map((role) => [status, action, role] as [CaseStatus, CaseAction, Role]),
  ),
);

describe('every (state, action, role) triple', () => {
  it('covers all 13 × 23 × 11 triples', () => {
    expect(triples).toHaveLength(CASE_STATUSES.length * CASE_ACTIONS.length * ROLES.length);
    expect(triples).toHaveLength(13 * 23 * 11);
  });

  it.each(triples)('%s + %s by %s', (status, action, role) => {
    const [roles, from, to] = EXPECTED[action];
    const decision = decide(facts(status, action), action, { roles: [role], ...helpful }, NOW, 7);
    if (!roles.split(' ').includes(role)) {
      expect(decision).toMatchObject({ ok: false, status: 403, code: 'ROLE_NOT_ALLOWED' });
    } else if (!from.split(' ').includes(status)) {
      expect(decision).toMatchObject({ ok: false, status: 409, code: 'ACTION_NOT_ALLOWED_IN_STATE' });
    } else {
      expect(decision).toEqual({ ok: true, to: to === 'same' ? status : to });
    }
  });
});

describe('conditions beyond state and role', () => {
  const actor = (role: Role, more: Partial<typeof helpful> = {}) => ({ roles: [role], ...helpful, ...more });

  it('only the holding unit accepts, returns, extends, feeds back and answers supervision', () => {
    for (const action of [
      'accept',
      'return',
      'request_extension',
      'feedback',
      'reply_supervision',
    ] as const) {
      const status: CaseStatus = action === 'accept' ? 'dispatched' : 'in_progress';
      const c = { ...facts(status, action), extensionRequested: false };
      expect(decide(c, action, actor('department_staff', { isHolder: false }), NOW, 7)).toMatchObject({
        status: 403,
        code: 'NOT_CASE_HOLDER',
      });
    }
  });

  it('a resident rates and reopens only their own report', () => {
    const c = facts('closed', 'rate');
    expect(decide(c, 'rate', actor('resident', { isReporter: false }), NOW, 7)).toMatchObject({
      code: 'NOT_REPORTER',
    });
    expect(decide(c, 'reopen', actor('courier', { isReporter: false }), NOW, 7)).toMatchObject({
      code: 'NOT_REPORTER',
    });
    expect(decide(c, 'reopen', actor('shift_lead', { isReporter: false }), NOW, 7)).toEqual({
      ok: true,
      to: 'filed',
    });
  });

  it('rates once', () => {
    expect(
      decide({ ...facts('closed', 'rate'), rated: true }, 'rate', actor('resident'), NOW, 7),
    ).toMatchObject({
      status: 409,
      code: 'ALREADY_RATED',
    });
  });

  it('reopens within the window only, to the millisecond', () => {
    const closedAt = new Date(NOW.getTime() - 7 * 86_400_000);
    const c = { ...facts('closed', 'reopen'), closedAt };
    expect(decide(c, 'reopen', actor('resident'), NOW, 7)).toEqual({ ok: true, to: 'filed' });
    const late = new Date(NOW.getTime() + 1);
    expect(decide(c, 'reopen', actor('resident'), late, 7)).toMatchObject({
      status: 409,
      code: 'REOPEN_WINDOW_PASSED',
    });
  });

  it('asks for an extension once, and approves only one that was asked for', () => {
    const asked = { ...facts('in_progress', 'request_extension'), extensionRequested: true };
    expect(decide(asked, 'request_extension', actor('department_staff'), NOW, 7)).toMatchObject({
      code: 'EXTENSION_PENDING',
    });
    const none = { ...asked, extensionRequested: false };
    expect(decide(none, 'approve_extension', actor('dispatcher'), NOW, 7)).toMatchObject({
      code: 'NO_EXTENSION_REQUESTED',
    });
    expect(decide(none, 'deny_extension', actor('dispatcher'), NOW, 7)).toMatchObject({
      code: 'NO_EXTENSION_REQUESTED',
    });
  });

  it('answers supervision only when there is a note to answer', () => {
    const c = { ...facts('in_progress', 'reply_supervision'), openSupervisions: 0 };
    expect(decide(c, 'reply_supervision', actor('street_staff'), NOW, 7)).toMatchObject({
      code: 'NO_OPEN_SUPERVISION',
    });
  });

  it('a person holding several roles may act under any of them', () => {
    const c = facts('registered', 'file');
    expect(decide(c, 'file', { roles: ['dispatcher', 'shift_lead'], ...helpful }, NOW, 7)).toEqual({
      ok: true,
      to: 'filed',
    });
  });
});
