import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { TimeLimit, WorkingCalendar } from '../../lib/calendar/index.js';
import { pointsForStep } from '../points/award-points.js';
import type { NeedleSettings } from '../settings/settings.service.js';
import { announceAction } from './action-notices.js';
import type { CaseDeps } from './case-deps.js';
import { recordCaseEvents } from './case-events.js';
import { caseEvents, caseSupervisions, cases } from './cases.tables.js';
import type { DispatchTarget } from './dispatch-target.js';
import type { CaseAction } from './lifecycle/case-action.js';
import type { CaseStatus } from './lifecycle/case-status.js';
import { startStep } from './step-deadline.js';

export type CaseRow = typeof cases.$inferSelect;
type CaseChange = Partial<typeof cases.$inferInsert>;

export interface ActionInput {
  note?: string;
  photoIds?: string[];
  /** dispatch: another unit than the one the responsibility list chose; reroute: the unit it moves to. */
  unit?: DispatchTarget;
  /** relocate: where the case really is. */
  place?: { lat: number; lng: number; address?: string };
  /** request_extension: how much more time. */
  extension?: TimeLimit;
  /** rate: 1 (very dissatisfied) to 5 (very satisfied). */
  rating?: number;
}

/**
 * The case row, locked for the rest of the transaction, for a step that follows from another one (the
 * hotline's direct dispatch, a callback's rework): those callers have already judged the case visible.
 */
export async function lockCaseRow(tx: Tx, caseId: string): Promise<CaseRow> {
  const [c] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!c) throw new Error(`case ${caseId} is not there to take a step`);
  return c;
}

/** What every step reads besides the case: the clock, the city's settings and its calendar. */
export interface StepContext {
  now: Date;
  settings: NeedleSettings;
  calendar: WorkingCalendar;
}

export async function stepContext(deps: CaseDeps): Promise<StepContext> {
  return {
    now: deps.now?.() ?? new Date(),
    settings: await deps.settings(),
    calendar: deps.calendar.current(),
  };
}

/** Who takes the step, as the timeline records it. */
export interface StepActor {
  id: string;
  role: string;
}

/** What a step brings beyond its state, worked out by the caller: a new unit or place, and what to record of it. */
export interface StepExtras {
  change?: CaseChange;
  data?: Record<string, unknown>;
}

// A reroute or relocation hands the case to a unit as a fresh dispatch, even when its state is unchanged.
const RESTARTS_STEP: CaseAction[] = ['reroute', 'relocate'];

/**
 * Applies one step of the loop to a case whose row the caller holds locked, without judging whether it
 * is allowed: the caller has done that (a person's action through the state machine, or a step that
 * follows from another one, like the hotline's direct dispatch or a failed callback's rework). Writes
 * the new state, the step clock, the timeline event, the duplicates that follow and the notices.
 */
export async function applyStep(
  tx: Tx,
  ctx: StepContext,
  by: StepActor,
  c: CaseRow,
  action: CaseAction,
  to: CaseStatus,
  input: ActionInput,
  extras: StepExtras = {},
): Promise<void> {
  const { now, settings, calendar } = ctx;
  const from = c.status as CaseStatus;
  const stepChanges = to !== from;
  const change: CaseChange = { status: to, updatedAt: now, ...extras.change };
  let dueAt = c.dueAt;
  if (action === 'approve_extension') {
    const asked = await requestedExtension(tx, c.id);
    dueAt = calendar.deadline(c.dueAt, asked);
    // The handling step restarts its clock against the new due date.
    Object.assign(change, { dueAt, ...startStep(calendar, settings, 'in_progress', now, dueAt) });
  }
  if (action === 'request_extension') change.extensionRequested = true;
  if (action === 'approve_extension' || action === 'deny_extension') change.extensionRequested = false;
  if (action === 'check_fail') change.reworkCount = c.reworkCount + 1;
  if (action === 'reopen')
    Object.assign(change, {
      reopenCount: c.reopenCount + 1,
      closedAt: null,
      rating: null,
      ratingComment: null,
    });
  if (action === 'close') change.closedAt = now;
  if (action === 'rate') Object.assign(change, { rating: input.rating, ratingComment: input.note ?? null });
  if (stepChanges || RESTARTS_STEP.includes(action))
    Object.assign(change, startStep(calendar, settings, to, now, dueAt));
  await tx.update(cases).set(change).where(eq(cases.id, c.id));
  const regionCode = change.regionCode ?? c.regionCode;
  const districtCode = change.districtCode ?? c.districtCode;
  await recordCaseEvents(tx, {
    districtCode,
    caseId: c.id,
    at: now,
    actorId: by.id,
    actorRole: by.role,
    action,
    fromStatus: from,
    toStatus: to,
    note: input.note ?? '',
    photoIds: input.photoIds ?? [],
    // The due time of the step this action ends: the rollups judge "on time" by it.
    data: {
      ...eventData(action, input, change, c),
      ...extras.data,
      endedStepDueAt: c.stepDueAt?.toISOString() ?? null,
    },
    regionCode,
  });
  // The reporter's points (积分) follow the step in its transaction: earned at filing, taken back on voiding.
  await pointsForStep(tx, c, action, now, settings.pointsRules);
  if (action === 'supervise') {
    await tx
      .insert(caseSupervisions)
      .values({ districtCode, caseId: c.id, byUserId: by.id, note: input.note ?? '', at: now });
  }
  if (action === 'reply_supervision') await answerOldestSupervision(tx, c.id, by.id, input.note ?? '', now);

  const duplicates = stepChanges ? await followMaster(tx, c.id, from, to, now, change) : [];
  const holder = {
    unitDepartmentId: change.unitDepartmentId !== undefined ? change.unitDepartmentId : c.unitDepartmentId,
    unitRegionCode: change.unitRegionCode !== undefined ? change.unitRegionCode : c.unitRegionCode,
  };
  await announceAction(tx, {
    caseId: c.id,
    code: c.code,
    description: c.description,
    regionCode,
    holder,
    action,
    from,
    to,
    note: input.note ?? '',
    actorId: by.id,
    duplicates,
  });
}

function eventData(action: CaseAction, input: ActionInput, change: CaseChange, c: CaseRow) {
  if (action === 'dispatch') {
    return {
      unitDepartmentId: change.unitDepartmentId ?? null,
      unitRegionCode: change.unitRegionCode ?? null,
    };
  }
  // A return or a failed check counts against the unit that held the case (准确派遣率, 返工率).
  if (action === 'return' || action === 'check_fail') {
    return { unitDepartmentId: c.unitDepartmentId, unitRegionCode: c.unitRegionCode };
  }
  if (action === 'request_extension') return { extension: input.extension };
  if (action === 'approve_extension') return { dueAt: change.dueAt?.toISOString() };
  if (action === 'rate') return { rating: input.rating };
  return null;
}

async function requestedExtension(tx: Tx, caseId: string): Promise<TimeLimit> {
  const [asked] = await tx
    .select({ data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.action, 'request_extension')))
    .orderBy(desc(caseEvents.id))
    .limit(1);
  const extension = (asked?.data as { extension?: TimeLimit } | null)?.extension;
  if (!extension) throw new Error('an extension was requested without saying how much');
  return extension;
}

async function answerOldestSupervision(tx: Tx, caseId: string, userId: string, reply: string, now: Date) {
  const [oldest] = await tx
    .select({ id: caseSupervisions.id })
    .from(caseSupervisions)
    .where(and(eq(caseSupervisions.caseId, caseId), isNull(caseSupervisions.repliedAt)))
    .orderBy(caseSupervisions.at)
    .limit(1);
  if (oldest) {
    await tx
      .update(caseSupervisions)
      .set({ reply, repliedBy: userId, repliedAt: now })
      .where(eq(caseSupervisions.id, oldest.id));
  }
}

/** A linked duplicate follows its master's status; each gets the step in its own timeline. */
async function followMaster(
  tx: Tx,
  masterId: string,
  from: CaseStatus,
  to: CaseStatus,
  now: Date,
  change: CaseChange,
): Promise<string[]> {
  const followers = await tx
    .update(cases)
    .set({ status: to, updatedAt: now, closedAt: change.closedAt ?? (to === 'closed' ? now : null) })
    .where(eq(cases.masterCaseId, masterId))
    .returning({ id: cases.id, districtCode: cases.districtCode, regionCode: cases.regionCode });
  if (followers.length > 0) {
    await recordCaseEvents(
      tx,
      ...followers.map((f) => ({
        districtCode: f.districtCode,
        caseId: f.id,
        at: now,
        actorId: null,
        actorRole: 'system',
        action: 'follow_master',
        fromStatus: from,
        toStatus: to,
        data: { masterCaseId: masterId },
        regionCode: f.regionCode,
      })),
    );
  }
  return followers.map((f) => f.id);
}
