import type { Evaluation } from '@needle/contract';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { closedAtOf, evaluationState } from './evaluation-state.js';
import {
  evaluationCriteria,
  evaluationOffers,
  evaluationScores,
  evaluationSubmissions,
  type evaluations,
} from './evaluations.tables.js';
import { tally } from './tally.js';

type EvaluationRow = typeof evaluations.$inferSelect;

/** Sums of the scores and votes of a closed evaluation: the database adds them up, nobody reads a sheet. */
async function resultsOf(
  db: Executor,
  e: EvaluationRow,
  offers: { id: string; name: string }[],
  criteria: { id: string; weight: number }[],
  households: number,
) {
  // One query at a time: inside a transaction they share one connection.
  const scoreSums = await db
    .select({
      offerId: evaluationScores.offerId,
      criterionId: evaluationScores.criterionId,
      sum: sql<number>`sum(${evaluationScores.score})::int`,
      count: sql<number>`count(*)::int`,
    })
    .from(evaluationScores)
    .where(eq(evaluationScores.evaluationId, e.id))
    .groupBy(evaluationScores.offerId, evaluationScores.criterionId);
  const votes = await db
    .select({ offerId: evaluationSubmissions.offerId, count: sql<number>`count(*)::int` })
    .from(evaluationSubmissions)
    .where(eq(evaluationSubmissions.evaluationId, e.id))
    .groupBy(evaluationSubmissions.offerId);
  return tally({
    mode: e.mode,
    offers,
    criteria,
    households,
    scoreSums,
    votes: votes.flatMap((v) => (v.offerId ? [{ offerId: v.offerId, count: v.count }] : [])),
  });
}

/**
 * Evaluations as staff and residents see them: offers, criteria, how many households took part, and
 * once closed the published results. Never a household or its sheet.
 */
export async function evaluationViews(db: Executor, rows: EvaluationRow[], now: Date): Promise<Evaluation[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const offers = await db
    .select()
    .from(evaluationOffers)
    .where(inArray(evaluationOffers.evaluationId, ids))
    .orderBy(asc(evaluationOffers.position));
  const criteria = await db
    .select()
    .from(evaluationCriteria)
    .where(inArray(evaluationCriteria.evaluationId, ids))
    .orderBy(asc(evaluationCriteria.position));
  const counts = await db
    .select({ evaluationId: evaluationSubmissions.evaluationId, households: sql<number>`count(*)::int` })
    .from(evaluationSubmissions)
    .where(inArray(evaluationSubmissions.evaluationId, ids))
    .groupBy(evaluationSubmissions.evaluationId);
  const views: Evaluation[] = [];
  for (const e of rows) {
    const own = offers.filter((o) => o.evaluationId === e.id);
    const scale = criteria.filter((c) => c.evaluationId === e.id);
    const households = counts.find((c) => c.evaluationId === e.id)?.households ?? 0;
    const closedAt = closedAtOf(e, now);
    views.push({
      id: e.id,
      regionCode: e.regionCode,
      subject: e.subject,
      description: e.description,
      mode: e.mode,
      state: evaluationState(e, now),
      opensAt: e.opensAt.toISOString(),
      closesAt: e.closesAt.toISOString(),
      closedAt: closedAt?.toISOString() ?? null,
      offers: own.map((o) => ({
        id: o.id,
        name: o.name,
        priceFen: o.priceFen,
        priceUnit: o.priceUnit,
        description: o.description,
        photoIds: o.photoIds,
      })),
      criteria: scale.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
      households,
      results: closedAt ? await resultsOf(db, e, own, scale, households) : null,
      createdAt: e.createdAt.toISOString(),
    });
  }
  return views;
}
