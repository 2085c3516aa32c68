import type { EvaluationMode, EvaluationSubmissionInput } from '@needle/contract';
import { badRequest } from '../../lib/errors/app-error.js';

export type Submission =
  | { mode: 'vote'; offerId: string }
  | { mode: 'score'; scores: { offerId: string; criterionId: string; score: number }[] };

/**
 * What a household sends must fit the evaluation: to vote, one of its offers; to score, every offer on
 * every criterion exactly once, so that each household weighs the same in every average.
 */
export function checkSubmission(
  mode: EvaluationMode,
  offerIds: readonly string[],
  criterionIds: readonly string[],
  input: EvaluationSubmissionInput,
): Submission {
  if (mode === 'vote') {
    if (!input.offerId || input.scores) {
      throw badRequest('SUBMISSION_MODE_MISMATCH', 'This evaluation is a vote: choose one offer (offerId)');
    }
    if (!offerIds.includes(input.offerId)) {
      throw badRequest('OFFER_NOT_IN_EVALUATION', `Offer ${input.offerId} is not one of this evaluation's`);
    }
    return { mode, offerId: input.offerId };
  }
  if (!input.scores || input.offerId) {
    throw badRequest('SUBMISSION_MODE_MISMATCH', 'This evaluation is scored: score every offer (scores)');
  }
  const given = new Set<string>();
  for (const s of input.scores) {
    if (!offerIds.includes(s.offerId) || !criterionIds.includes(s.criterionId)) {
      throw badRequest(
        'OFFER_NOT_IN_EVALUATION',
        'A score names an offer or criterion of another evaluation',
      );
    }
    const cell = `${s.offerId}/${s.criterionId}`;
    if (given.has(cell))
      throw badRequest('SCORES_INCOMPLETE', `Offer ${s.offerId} is scored twice on one criterion`);
    given.add(cell);
  }
  if (given.size !== offerIds.length * criterionIds.length) {
    throw badRequest('SCORES_INCOMPLETE', 'Score every offer on every criterion, 1 to 5');
  }
  return { mode, scores: input.scores };
}
