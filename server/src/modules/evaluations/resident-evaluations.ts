import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { verifiedHouseholdOf } from '../voters/verified-household.js';
import { type EvaluationDeps, nowOf } from './evaluation-deps.js';
import { evaluationViews } from './evaluation-view.js';
import { evaluationSubmissions, evaluations } from './evaluations.tables.js';

/** The household a resident speaks for: only a verified one takes part in, or sees, its community's evaluations. */
export async function householdOf(db: Executor, user: AuthUser) {
  const household = await verifiedHouseholdOf(db, user.id);
  if (!household) {
    throw forbidden(
      'HOUSEHOLD_NOT_VERIFIED',
      "Only residents verified against the community's household registry take part in its evaluations",
    );
  }
  return household;
}

async function residentViews(
  deps: EvaluationDeps,
  householdId: string,
  rows: (typeof evaluations.$inferSelect)[],
) {
  const views = await evaluationViews(deps.db, rows, nowOf(deps));
  const mine = rows.length
    ? await deps.db
        .select({ evaluationId: evaluationSubmissions.evaluationId })
        .from(evaluationSubmissions)
        .where(
          and(
            eq(evaluationSubmissions.householdId, householdId),
            inArray(
              evaluationSubmissions.evaluationId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  return views.map(({ createdAt: _, ...v }) => ({
    ...v,
    householdTookPart: mine.some((m) => m.evaluationId === v.id),
  }));
}

/** The evaluations of the resident's community, newest first, with the results of those closed. */
export async function myEvaluations(deps: EvaluationDeps, resident: AuthUser) {
  const household = await householdOf(deps.db, resident);
  const rows = await deps.db
    .select()
    .from(evaluations)
    .where(eq(evaluations.regionCode, household.communityCode))
    .orderBy(desc(evaluations.opensAt), desc(evaluations.id))
    .limit(100);
  return { items: await residentViews(deps, household.householdId, rows) };
}

export async function myEvaluation(deps: EvaluationDeps, resident: AuthUser, id: string) {
  const household = await householdOf(deps.db, resident);
  const [row] = await deps.db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.id, id), eq(evaluations.regionCode, household.communityCode)));
  if (!row) throw notFound('EVALUATION_NOT_FOUND', `Evaluation ${id} is not one of your community's`);
  const [view] = await residentViews(deps, household.householdId, [row]);
  if (!view) throw new Error('the evaluation view is missing');
  return view;
}
