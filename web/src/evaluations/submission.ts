import type { Evaluation, EvaluationSubmissionInput } from '../api/evaluations';

/** A household's scores as the phone keeps them: offer → criterion → 1–5 stars (0 or none: not yet). */
export type ScoreSheet = Record<string, Record<string, number | undefined>>;

type Sheetable = Pick<Evaluation, 'mode' | 'offers' | 'criteria'>;

/** How many of the offer × criterion scores are still to give: the server takes only a full sheet. */
export function scoresMissing(evaluation: Sheetable, sheet: ScoreSheet): number {
  let missing = 0;
  for (const offer of evaluation.offers) {
    for (const criterion of evaluation.criteria) {
      const score = sheet[offer.id]?.[criterion.id] ?? 0;
      if (score < 1 || score > 5) missing++;
    }
  }
  return missing;
}

/**
 * The household's submission: every offer on every criterion to score, or the one offer chosen to
 * vote; null while it is not complete, so the button stays off rather than draw a refusal.
 */
export function toSubmission(
  evaluation: Sheetable,
  sheet: ScoreSheet,
  choice: string | undefined,
): EvaluationSubmissionInput | null {
  if (evaluation.mode === 'vote') {
    return choice && evaluation.offers.some((o) => o.id === choice) ? { offerId: choice } : null;
  }
  if (evaluation.criteria.length === 0 || scoresMissing(evaluation, sheet) > 0) return null;
  return {
    scores: evaluation.offers.flatMap((offer) =>
      evaluation.criteria.map((criterion) => ({
        offerId: offer.id,
        criterionId: criterion.id,
        score: sheet[offer.id]?.[criterion.id] ?? 0,
      })),
    ),
  };
}
