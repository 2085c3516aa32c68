import type { EvaluationState } from '@needle/contract';
import { and, desc, eq, like } from 'drizzle-orm';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type EvaluationDeps, nowOf } from './evaluation-deps.js';
import { organiserPrefix } from './evaluation-office.js';
import { closedAtOf, evaluationState } from './evaluation-state.js';
import { evaluationViews } from './evaluation-view.js';
import { evaluations } from './evaluations.tables.js';

const notFoundHere = (id: string) =>
  notFound('EVALUATION_NOT_FOUND', `Evaluation ${id} does not exist or is outside your jurisdiction`);

/** The evaluations of the communities the organiser answers for, newest first. */
export async function listEvaluations(
  deps: EvaluationDeps,
  viewer: AuthUser,
  f: { regionCode?: string; state?: EvaluationState },
) {
  const prefix = organiserPrefix(viewer);
  const now = nowOf(deps);
  const rows = await deps.db
    .select()
    .from(evaluations)
    .where(
      and(
        like(evaluations.regionCode, `${prefix}%`),
        f.regionCode ? eq(evaluations.regionCode, f.regionCode) : undefined,
      ),
    )
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
    .limit(200);
  const wanted = f.state ? rows.filter((r) => evaluationState(r, now) === f.state) : rows;
  return { items: await evaluationViews(deps.db, wanted, now) };
}

export async function getEvaluation(deps: EvaluationDeps, viewer: AuthUser, id: string) {
  const prefix = organiserPrefix(viewer);
  const [row] = await deps.db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.id, id), like(evaluations.regionCode, `${prefix}%`)));
  if (!row) throw notFoundHere(id);
  const [view] = await evaluationViews(deps.db, [row], nowOf(deps));
  if (!view) throw new Error('the evaluation view is missing');
  return view;
}

/**
 * Closes an evaluation before its time, for good: no submission is taken after, and the results are
 * published. The row lock waits for submissions in flight, so none lands after the close.
 */
export async function closeEvaluation(deps: EvaluationDeps, actor: AuthUser, id: string) {
  const prefix = organiserPrefix(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.id, id), like(evaluations.regionCode, `${prefix}%`)))
      .for('update');
    if (!before) throw notFoundHere(id);
    if (closedAtOf(before, now)) throw conflict('EVALUATION_CLOSED', 'This evaluation is closed, for good');
    const [after] = await tx
      .update(evaluations)
      .set({ closedAt: now })
      .where(eq(evaluations.id, id))
      .returning();
    if (!after) throw new Error('the evaluation update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'evaluation.close',
      entity: 'evaluation',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    const [view] = await evaluationViews(tx, [after], now);
    if (!view) throw new Error('the evaluation view is missing');
    return view;
  });
}
