import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import type { TimeLimit } from '../../lib/calendar/index.js';
import { isWithin } from '../../lib/codes/region-code.js';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { announceAction } from './action-notices.js';
import type { CaseDeps } from './case-deps.js';
import { recordCaseEvents } from './case-events.js';
import { caseFacts } from './case-facts.js';
import { casesVisibleTo } from './case-scope.js';
import { caseEvents, caseSupervisions, cases } from './cases.schema.js';
import { type DispatchTarget, resolveDispatchTarget } from './dispatch-target.js';
import { ACTION_RULES, type CaseAction } from './lifecycle/case-action.js';
import type { CaseStatus } from './lifecycle/case-status.js';
import { decide } from './lifecycle/decide.js';
import { startStep } from './step-deadline.js';

export interface ActionInput {
  note?: string;
  photoIds?: string[];
  /** dispatch: another unit than the one the responsibility list chose. */
  unit?: DispatchTarget;
  /** request_extension: how much more time. */
  extension?: TimeLimit;
  /** rate: 1 (very dissatisfied) to 5 (very satisfied). */
  rating?: number;
}

// Actions that refuse, undo or judge someone's work must say why.
const NEEDS_REASON: CaseAction[] = [
  'reject',
  'void',
  'return',
  'check_fail',
  'reopen',
  'suspend',
  'deny_extension',
  'supervise',
  'reply_supervision',
];

function validate(action: CaseAction, input: ActionInput): void {
  if (NEEDS_REASON.includes(action) && !input.note?.trim()) {
    throw badRequest('REASON_REQUIRED', `Say why when you ${action} a case`);
  }
  if (action === 'feedback' && (input.photoIds?.length ?? 0) === 0) {
    throw badRequest('PHOTOS_REQUIRED', 'Feedback shows the result with at least one photo');
  }
  if (
    action === 'rate' &&
    (input.rating === undefined || !Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
  ) {
    throw badRequest('RATING_REQUIRED', 'A rating is a whole number from 1 to 5');
  }
  if (action === 'request_extension' && !input.extension) {
    throw badRequest('EXTENSION_REQUIRED', 'Say how much more time is needed');
  }
  if (input.unit && action !== 'dispatch')
    throw badRequest('UNIT_NOT_ALLOWED', 'Only a dispatch names a unit');
}

/** The role under which the actor takes the action, for the timeline. */
function actingRole(actor: AuthUser, action: CaseAction): string {
  return actor.roles.find((r) => ACTION_RULES[action].roles.includes(r)) ?? actor.roles[0] ?? 'unknown';
}

/**
 * Takes one action on a case: checks it against the state machine inside a transaction that holds the
 * case's row lock, then writes the new state, the timeline event, the duplicates that follow it and the
 * notices, all or nothing.
 */
export async function takeAction(
  deps: CaseDeps,
  actor: AuthUser,
  caseId: string,
  action: CaseAction,
  input: ActionInput,
): Promise<void> {
  validate(action, input);
  const now = deps.now?.() ?? new Date();
  const settings = await deps.settings();
  const calendar = deps.calendar.current();
  await assertOwnPhotos(deps.db, input.photoIds ?? [], actor.id);
  const target = input.unit ? await resolveDispatchTarget(deps.db, input.unit) : null;

  await deps.db.transaction(async (tx) => {
    const [c] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), casesVisibleTo(actor)))
      .for('update');
    if (!c) throw notFound('CASE_NOT_FOUND', `Case ${caseId} does not exist or is outside your jurisdiction`);
    const from = c.status as CaseStatus;
    const { facts, actor: actorFacts } = await caseFacts(tx, actor, c);
    const decision = decide(facts, action, actorFacts, now, settings.reopenWindowDays);
    if (!decision.ok) throw new AppError(decision.status, decision.code, decision.message);
    if (c.masterCaseId && action !== 'supervise') {
      throw new AppError(
        409,
        'CASE_IS_DUPLICATE',
        'This case follows its master case; act on the master, or unlink it first',
      );
    }
    const to = decision.to;
    const stepChanges = to !== from;
    const change: Partial<typeof cases.$inferInsert> = { status: to, updatedAt: now };
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
    if (action === 'dispatch') {
      if (target?.unitRegionCode && !isWithin(c.regionCode, target.unitRegionCode)) {
        throw new AppError(
          422,
          'UNIT_DOES_NOT_COVER_CASE',
          'A street or community office takes cases of its own area only',
        );
      }
      Object.assign(
        change,
        target ?? { unitDepartmentId: c.unitDepartmentId, unitRegionCode: c.unitRegionCode },
      );
    }
    if (stepChanges) Object.assign(change, startStep(calendar, settings, to, now, dueAt));
    await tx.update(cases).set(change).where(eq(cases.id, c.id));
    await recordCaseEvents(tx, {
      caseId: c.id,
      at: now,
      actorId: actor.id,
      actorRole: actingRole(actor, action),
      action,
      fromStatus: from,
      toStatus: to,
      note: input.note ?? '',
      photoIds: input.photoIds ?? [],
      // The due time of the step this action ends: the rollups judge "on time" by it.
      data: { ...eventData(action, input, change, c), endedStepDueAt: c.stepDueAt?.toISOString() ?? null },
      regionCode: c.regionCode,
    });
    if (action === 'supervise') {
      await tx
        .insert(caseSupervisions)
        .values({ caseId: c.id, byUserId: actor.id, note: input.note ?? '', at: now });
    }
    if (action === 'reply_supervision')
      await answerOldestSupervision(tx, c.id, actor.id, input.note ?? '', now);

    const duplicates = stepChanges ? await followMaster(tx, c.id, from, to, now, change) : [];
    const holder = {
      unitDepartmentId: change.unitDepartmentId ?? c.unitDepartmentId,
      unitRegionCode: change.unitRegionCode ?? c.unitRegionCode,
    };
    await announceAction(tx, {
      caseId: c.id,
      code: c.code,
      description: c.description,
      regionCode: c.regionCode,
      holder,
      action,
      from,
      to,
      note: input.note ?? '',
      actorId: actor.id,
      duplicates,
    });
  });
}

function eventData(
  action: CaseAction,
  input: ActionInput,
  change: Partial<typeof cases.$inferInsert>,
  c: { unitDepartmentId: string | null; unitRegionCode: string | null },
) {
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
  change: Partial<typeof cases.$inferInsert>,
): Promise<string[]> {
  const followers = await tx
    .update(cases)
    .set({ status: to, updatedAt: now, closedAt: change.closedAt ?? (to === 'closed' ? now : null) })
    .where(eq(cases.masterCaseId, masterId))
    .returning({ id: cases.id, regionCode: cases.regionCode });
  if (followers.length > 0) {
    await recordCaseEvents(
      tx,
      ...followers.map((f) => ({
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
