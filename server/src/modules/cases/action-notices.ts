import { CASE_STATUS_LABELS } from '@needle/contract';
import type { Tx } from '../../db/database.js';
import { notify } from '../notifications/notify.js';
import { publicNoteOf } from '../open311/request-view.js';
import type { CaseAction } from './lifecycle/case-action.js';
import type { CaseStatus } from './lifecycle/case-status.js';

import { followersOf, staffAbove, unitStaff } from './recipients.js';

interface Announced {
  caseId: string;
  code: string;
  description: string;
  regionCode: string;
  holder: { unitDepartmentId: string | null; unitRegionCode: string | null };
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  note: string;
  actorId: string;
  /** Linked duplicates that followed the master: their reporters are told too. */
  duplicates: string[];
}

/**
 * Tells the people concerned about an action, in its transaction: the unit it was assigned to, the
 * dispatchers of a return, the holder of a supervision, and every reporter of a status change.
 * Titles are in Chinese for SMS; `data` carries the code and statuses so a client can translate.
 */
export async function announceAction(tx: Tx, a: Announced): Promise<void> {
  const data = { code: a.code, action: a.action, from: a.from, to: a.to };
  // A reroute or relocation hands the case to its new unit as a dispatch does.
  if (a.action === 'dispatch' || a.action === 'reroute' || a.action === 'relocate') {
    const userIds = await unitStaff(tx, a.holder);
    await notify(tx, {
      userIds,
      kind: 'assigned',
      caseId: a.caseId,
      title: `案件${a.code}已派遣至您单位`,
      body: a.description,
      data,
    });
  }
  if (a.action === 'return') {
    const userIds = await staffAbove(tx, a.regionCode, ['dispatcher']);
    await notify(tx, {
      userIds,
      kind: 'returned',
      caseId: a.caseId,
      title: `案件${a.code}被退回`,
      body: a.note,
      data,
    });
  }
  if (a.action === 'supervise') {
    const userIds = await unitStaff(tx, a.holder);
    await notify(tx, {
      userIds,
      kind: 'supervised',
      caseId: a.caseId,
      title: `案件${a.code}被督办，请回复`,
      body: a.note,
      data,
    });
  }
  if (a.from === a.to) return;
  const followers = await followersOf(tx, [a.caseId, ...a.duplicates]);
  for (const [caseId, userIds] of followers) {
    await notify(tx, {
      userIds: userIds.filter((u) => u !== a.actorId),
      kind: 'status_changed',
      caseId,
      title: `您反映的问题${CASE_STATUS_LABELS['zh-CN'][a.to]}（${a.code}）`,
      // Reporters read Needle's public note of the step, never the staff's internal one.
      body: publicNoteOf({ action: a.action, note: '' }),
      data,
    });
  }
}
