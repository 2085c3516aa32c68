import type { Satisfaction } from '../enums/enums.js';

/**
 * A resident rates a closed case with the three answers 12345 asks a caller (满意 / 基本满意 / 不满意);
 * the case keeps the answer as a rating of 1 to 5 (ActionBody.rating, drawn as stars). The answers sit
 * at 5, 3 and 1 so that the usual bands of a five-point survey read them back unchanged: 4–5 satisfied,
 * 3 basically satisfied, 1–2 dissatisfied. Today's 满意率 counts 12345 callbacks only (stats rollups
 * read the callback's answer, not the case's rating); one over ratings (satisfied + 0.9 × basically
 * satisfied, DOMAIN.md) read by those bands counts each answer as the resident gave it.
 */
export const RATING_OF_SATISFACTION: Record<Satisfaction, number> = {
  satisfied: 5,
  basically_satisfied: 3,
  dissatisfied: 1,
};
