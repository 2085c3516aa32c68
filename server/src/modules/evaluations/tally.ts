import type { EvaluationMode, EvaluationResults } from '@needle/contract';

/** The sums the database gives back: never a single household's submission. */
export interface TallyInput {
  mode: EvaluationMode;
  offers: readonly { id: string; name: string }[];
  criteria: readonly { id: string; weight: number }[];
  households: number;
  /** Per offer and criterion: the sum of the scores and how many gave one. */
  scoreSums: readonly { offerId: string; criterionId: string; sum: number; count: number }[];
  /** Per offer: the households that voted for it. */
  votes: readonly { offerId: string; count: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Competition ranking (1, 1, 3): offers level on the measure share a place; none is last. */
function ranks(values: readonly (number | null)[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w !== null && (v === null || w > v)).length);
}

/**
 * The published result: each offer's average on each criterion, and its score, the weighted average of
 * those (weights relative, so 40/40/20 and 2/2/1 give the same); to vote, each offer's votes. Rounded to
 * two places for display, ranked on the rounded figure so that what is shown level is ranked level.
 */
export function tally(input: TallyInput): EvaluationResults {
  const totalWeight = input.criteria.reduce((s, c) => s + c.weight, 0);
  const rows = input.offers.map((offer) => {
    const criteria = input.criteria.map((c) => {
      const s = input.scoreSums.find((x) => x.offerId === offer.id && x.criterionId === c.id);
      return { criterionId: c.id, weight: c.weight, average: s && s.count > 0 ? s.sum / s.count : null };
    });
    const scored = criteria.every((c) => c.average !== null) && totalWeight > 0;
    const score =
      input.mode === 'score' && scored
        ? round2(criteria.reduce((s, c) => s + c.weight * (c.average ?? 0), 0) / totalWeight)
        : null;
    const votes =
      input.mode === 'vote' ? (input.votes.find((v) => v.offerId === offer.id)?.count ?? 0) : null;
    return {
      offerId: offer.id,
      name: offer.name,
      score,
      criteria: criteria.map((c) => ({
        criterionId: c.criterionId,
        average: c.average === null ? null : round2(c.average),
      })),
      votes,
    };
  });
  const place = ranks(rows.map((r) => (input.mode === 'vote' ? r.votes : r.score)));
  return {
    households: input.households,
    offers: rows.map((r, i) => ({ ...r, rank: place[i] ?? rows.length })),
  };
}
