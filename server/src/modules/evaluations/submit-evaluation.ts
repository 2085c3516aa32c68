import type { EvaluationSubmissionInput } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { type EvaluationDeps, nowOf } from './evaluation-deps.js';
import { evaluationState } from './evaluation-state.js';
import {
  evaluationCriteria,
  evaluationOffers,
  evaluationScores,
  evaluationSubmissions,
  evaluations,
} from './evaluations.tables.js';
import { householdOf } from './resident-evaluations.js';
import { checkSubmission } from './submission-rules.js';

/**
 * The household's earlier submission, answered again when this is the phone retrying it with the same
 * Idempotency-Key; any other earlier submission of the household (another member's, another key) is a
 * second vote, refused.
 */
async function earlierOf(
  tx: Executor,
  evaluationId: string,
  householdId: string,
  key?: string,
  hash?: string,
) {
  const [earlier] = await tx
    .select()
    .from(evaluationSubmissions)
    .where(
      and(
        eq(evaluationSubmissions.evaluationId, evaluationId),
        eq(evaluationSubmissions.householdId, householdId),
      ),
    );
  if (!earlier) return null;
  if (!key || earlier.clientKey !== key) {
    throw conflict(
      'HOUSEHOLD_ALREADY_EVALUATED',
      'Your household has already taken part: one household, one vote',
    );
  }
  if (earlier.clientKeyHash !== hash) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used for a different submission',
    );
  }
  return { evaluationId, submittedAt: earlier.submittedAt.toISOString(), replayed: true };
}

/**
 * A verified household's one submission (一户一票): its scores of every offer, or its vote. The unique
 * index on (evaluation, household) settles two members submitting at once: the second waits for the
 * first and is refused. The audit row says who took part, not what they chose.
 */
export async function submitEvaluation(
  deps: EvaluationDeps,
  resident: AuthUser,
  id: string,
  input: EvaluationSubmissionInput,
  key?: string,
) {
  const now = nowOf(deps);
  const hash = requestHash({ id, ...input });
  return deps.db.transaction(async (tx) => {
    const household = await householdOf(tx, resident);
    // Shared lock: a close waits for the submissions in flight, and a submission after it sees it closed.
    const [evaluation] = await tx
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.id, id), eq(evaluations.regionCode, household.communityCode)))
      .for('share');
    if (!evaluation)
      throw notFound('EVALUATION_NOT_FOUND', `Evaluation ${id} is not one of your community's`);
    const replay = await earlierOf(tx, id, household.householdId, key, hash);
    if (replay) return replay;
    const state = evaluationState(evaluation, now);
    if (state === 'closed') throw conflict('EVALUATION_CLOSED', 'This evaluation is closed, for good');
    if (state === 'scheduled') throw conflict('EVALUATION_NOT_OPEN', 'This evaluation is not open yet');
    const offers = await tx
      .select({ id: evaluationOffers.id })
      .from(evaluationOffers)
      .where(eq(evaluationOffers.evaluationId, id));
    const criteria = await tx
      .select({ id: evaluationCriteria.id })
      .from(evaluationCriteria)
      .where(eq(evaluationCriteria.evaluationId, id));
    const submission = checkSubmission(
      evaluation.mode,
      offers.map((o) => o.id),
      criteria.map((c) => c.id),
      input,
    );
    const [row] = await tx
      .insert(evaluationSubmissions)
      .values({
        districtCode: evaluation.districtCode,
        evaluationId: id,
        householdId: household.householdId,
        offerId: submission.mode === 'vote' ? submission.offerId : null,
        submittedAt: now,
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const raced = await earlierOf(tx, id, household.householdId, key, hash);
      if (!raced) throw new Error('the submission insert returned no row');
      return raced;
    }
    if (submission.mode === 'score') {
      await tx.insert(evaluationScores).values(
        submission.scores.map((s) => ({
          districtCode: row.districtCode,
          submissionId: row.id,
          evaluationId: id,
          ...s,
        })),
      );
    }
    await recordAudit(tx, {
      actorId: resident.id,
      action: 'evaluation.take_part',
      entity: 'evaluation',
      entityId: id,
      regionCode: evaluation.regionCode,
    });
    return { evaluationId: id, submittedAt: row.submittedAt.toISOString(), replayed: false };
  });
}
