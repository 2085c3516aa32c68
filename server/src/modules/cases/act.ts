import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { AppError, badRequest, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import type { LocatedPoint } from '../regions/regions.service.js';
import {
  type ActionInput,
  applyStep,
  type CaseRow,
  type StepContext,
  type StepExtras,
  stepContext,
} from './apply-step.js';
import type { CaseDeps } from './case-deps.js';
import { caseFacts } from './case-facts.js';
import { casesVisibleTo } from './case-scope.js';
import { cases } from './cases.tables.js';
import { resolveDispatchTarget } from './dispatch-target.js';
import { ACTION_RULES, type CaseAction } from './lifecycle/case-action.js';
import { decide } from './lifecycle/decide.js';
import { assertCovers, type Holder, relocate, reroute } from './misrouted.js';

export type { ActionInput } from './apply-step.js';

// Actions that refuse, undo, move or judge someone's work must say why.
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
  'reroute',
  'relocate',
];

// 核查 is done on site: the photo the checker takes there is what a pass or a rework rests on.
const ON_SITE_CHECKS: CaseAction[] = ['check_pass', 'check_fail'];

function validate(action: CaseAction, input: ActionInput): void {
  if (NEEDS_REASON.includes(action) && !input.note?.trim()) {
    throw badRequest('REASON_REQUIRED', `Say why when you ${action} a case`);
  }
  if (action === 'feedback' && (input.photoIds?.length ?? 0) === 0) {
    throw badRequest('PHOTOS_REQUIRED', 'Feedback shows the result with at least one photo');
  }
  if (ON_SITE_CHECKS.includes(action) && (input.photoIds?.length ?? 0) === 0) {
    throw badRequest('PHOTOS_REQUIRED', 'A check is made on site: show it with a photo taken there');
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
  if (action === 'reroute' && !input.unit) throw badRequest('UNIT_REQUIRED', 'Say which unit takes the case');
  if (input.unit && action !== 'dispatch' && action !== 'reroute')
    throw badRequest('UNIT_NOT_ALLOWED', 'Only a dispatch or a reroute names a unit');
  if (action === 'relocate' && !input.place)
    throw badRequest('PLACE_REQUIRED', 'Say where the case really is');
  if (input.place && action !== 'relocate')
    throw badRequest('PLACE_NOT_ALLOWED', 'Only a relocation names a place');
}

/** The role under which the actor takes the action, for the timeline. */
function actingRole(actor: AuthUser, action: CaseAction): string {
  return actor.roles.find((r) => ACTION_RULES[action].roles.includes(r)) ?? actor.roles[0] ?? 'unknown';
}

/** What an action needs from outside the case: the unit it names, looked up before its transaction. */
interface Prepared {
  unit: Holder | null;
  /** Where a point lies, as intake locates it. */
  locate(lat: number, lng: number): LocatedPoint | null;
}

const nowhere: Prepared['locate'] = () => null;

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
  const ctx = await stepContext(deps);
  await assertOwnPhotos(deps.db, input.photoIds ?? [], actor.id);
  const prepared: Prepared = {
    unit: input.unit ? await resolveDispatchTarget(deps.db, input.unit) : null,
    locate: (lat, lng) => deps.regions.locate(lat, lng),
  };
  await deps.db.transaction(async (tx) => {
    const [c] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), casesVisibleTo(actor)))
      .for('update');
    if (!c) throw notFound('CASE_NOT_FOUND', `Case ${caseId} does not exist or is outside your jurisdiction`);
    await judgeAndApply(tx, ctx, actor, c, action, input, prepared);
  });
}

/**
 * Takes an action that needs nothing looked up outside the case (no photos, unit or place) on a case
 * another module holds locked in its own transaction: the hotline's 签收 is the unit's accept.
 */
export async function takeActionOnLocked(
  tx: Tx,
  ctx: StepContext,
  actor: AuthUser,
  c: CaseRow,
  action: CaseAction,
  input: Pick<ActionInput, 'note'>,
): Promise<void> {
  validate(action, input);
  await judgeAndApply(tx, ctx, actor, c, action, input, { unit: null, locate: nowhere });
}

async function judgeAndApply(
  tx: Tx,
  ctx: StepContext,
  actor: AuthUser,
  c: CaseRow,
  action: CaseAction,
  input: ActionInput,
  prepared: Prepared,
): Promise<void> {
  const { facts, actor: actorFacts } = await caseFacts(tx, actor, c);
  const decision = decide(facts, action, actorFacts, ctx.now, ctx.settings.reopenWindowDays);
  if (!decision.ok) throw new AppError(decision.status, decision.code, decision.message);
  if (c.masterCaseId && action !== 'supervise') {
    throw new AppError(
      409,
      'CASE_IS_DUPLICATE',
      'This case follows its master case; act on the master, or unlink it first',
    );
  }
  const extras = await extrasOf(tx, actor, c, action, input, prepared);
  await applyStep(
    tx,
    ctx,
    { id: actor.id, role: actingRole(actor, action) },
    c,
    action,
    decision.to,
    input,
    extras,
  );
}

/** The unit or place an action moves the case to, checked against the case. */
async function extrasOf(
  tx: Tx,
  actor: AuthUser,
  c: CaseRow,
  action: CaseAction,
  input: ActionInput,
  { unit, locate }: Prepared,
): Promise<StepExtras> {
  if (action === 'dispatch') {
    if (!unit) return { change: { unitDepartmentId: c.unitDepartmentId, unitRegionCode: c.unitRegionCode } };
    assertCovers(unit, c.regionCode);
    return { change: unit };
  }
  if (action === 'reroute' && unit) return reroute(c, unit);
  if (action === 'relocate' && input.place) {
    const located = locate(input.place.lat, input.place.lng);
    if (!located)
      throw new AppError(422, 'LOCATION_OUTSIDE_GRIDS', 'The location is not inside any grid of the city');
    if (!regionVisible(actor.jurisdiction, located.grid.code)) {
      throw new AppError(
        422,
        'LOCATION_OUTSIDE_JURISDICTION',
        'Staff place cases within their own jurisdiction',
      );
    }
    return relocate(tx, c, input.place, located);
  }
  return {};
}
